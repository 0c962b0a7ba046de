/* fixture.c — the taichung and national templates, as DESIGN.md lists
 * them, and valid drafts of both (see fixture.h). */
#include <config.h>

#include "tests/unit/fixture.h"

#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"

/* One field of a template as the tables below write it. */
struct spec {
	const char *id;
	const char *label;
	const char *label_en;
	enum field_kind kind;
	bool required;
	const char *unless_field;	/* "required unless" this field */
	const char *unless_value;	/* ... has this value */
	bool body;
	enum count_mode count;
	long min_count;			/* 0: no minimum */
	long max_count;			/* 0: no maximum */
	long min_value;			/* integers: 0 for no bound */
	const char *options;		/* "a/b/c" */
	bool allow_other;
	const char *default_value;
	const char *pattern;
	const char *example;
	const char *separators;
	const struct spec *columns;	/* NULL-id terminated */
	long min_rows;
};

static const struct spec taichung_travellers[] = {
	{.id = "name", .label = "姓名", .label_en = "Name",
	    .kind = FIELD_TEXT, .required = true},
	{.id = "agency", .label = "服務機關", .label_en = "Agency",
	    .kind = FIELD_TEXT, .required = true},
	{.id = "unit", .label = "單位", .label_en = "Unit",
	    .kind = FIELD_TEXT, .required = true},
	{.id = "title", .label = "職稱", .label_en = "Title",
	    .kind = FIELD_TEXT, .required = true},
	{.id = NULL},
};

static const struct spec taichung_itinerary[] = {
	{.id = "date", .label = "日期", .label_en = "Date",
	    .kind = FIELD_DATE},
	{.id = "route", .label = "起迄地點", .label_en = "Route",
	    .kind = FIELD_TEXT},
	{.id = "activity", .label = "行程", .label_en = "Activity",
	    .kind = FIELD_TEXT},
	{.id = NULL},
};

static const struct spec taichung_fields[] = {
	{.id = "category", .label = "類別", .label_en = "Category",
	    .kind = FIELD_CHOICE, .required = true,
	    .options = "考察/進修/研究/實習/其他", .default_value = "其他"},
	{.id = "title", .label = "出國報告提要名稱", .label_en = "Title",
	    .kind = FIELD_TEXT, .required = true},
	{.id = "attachments", .label = "含附件",
	    .label_en = "Attachments", .kind = FIELD_BOOL,
	    .required = true},
	{.id = "organizer", .label = "出國計畫主辦機關",
	    .label_en = "Organizer", .kind = FIELD_TEXT, .required = true},
	{.id = "contact", .label = "聯絡人", .label_en = "Contact",
	    .kind = FIELD_TEXT, .required = true},
	{.id = "phone", .label = "電話", .label_en = "Phone",
	    .kind = FIELD_PHONE, .required = true},
	{.id = "travellers", .label = "出國人員", .label_en = "Travellers",
	    .kind = FIELD_TABLE, .required = true,
	    .columns = taichung_travellers, .min_rows = 1},
	{.id = "trip_type", .label = "出國類別", .label_en = "Type of trip",
	    .kind = FIELD_CHOICES, .required = true,
	    .options = "其他/國際會議/業務接洽/表演/比賽/競技/洽展/海外檢測",
	    .allow_other = true},
	{.id = "period", .label = "出國期間", .label_en = "Period",
	    .kind = FIELD_DATERANGE, .required = true},
	{.id = "destination", .label = "出國地區",
	    .label_en = "Destination", .kind = FIELD_TEXT, .required = true},
	{.id = "report_date", .label = "報告日期",
	    .label_en = "Report date", .kind = FIELD_DATE, .required = true},
	{.id = "summary", .label = "內容摘要", .label_en = "Summary",
	    .kind = FIELD_MULTILINE, .required = true,
	    .count = COUNT_NONSPACE, .min_count = 500},
	{.id = "purpose", .label = "目的", .label_en = "Purpose",
	    .kind = FIELD_MULTILINE, .required = true,
	    .unless_field = "category", .unless_value = "其他",
	    .body = true},
	{.id = "itinerary", .label = "行程表", .label_en = "Itinerary",
	    .kind = FIELD_TABLE, .columns = taichung_itinerary,
	    .body = true},
	{.id = "process", .label = "過程", .label_en = "Process",
	    .kind = FIELD_MULTILINE, .required = true,
	    .unless_field = "category", .unless_value = "其他",
	    .body = true},
	{.id = "reflections", .label = "心得", .label_en = "Reflections",
	    .kind = FIELD_MULTILINE, .required = true,
	    .unless_field = "category", .unless_value = "其他",
	    .body = true},
	{.id = "recommendations", .label = "建議",
	    .label_en = "Recommendations", .kind = FIELD_MULTILINE,
	    .required = true, .unless_field = "category",
	    .unless_value = "其他", .body = true},
	{.id = NULL},
};

static const char *const taichung_rules[] = {
	"period_order", "report_after_return", "filed_late",
	"sheet_only_for_other", "contact_among_travellers",
	"itinerary_within_period", "no_placeholders", "phone_pattern", NULL,
};

static const struct spec national_travellers[] = {
	{.id = "name", .label = "姓名", .label_en = "Name",
	    .kind = FIELD_TEXT},
	{.id = "agency", .label = "服務機關", .label_en = "Agency",
	    .kind = FIELD_TEXT},
	{.id = "unit", .label = "單位", .label_en = "Unit",
	    .kind = FIELD_TEXT},
	{.id = "title", .label = "職稱", .label_en = "Title",
	    .kind = FIELD_TEXT},
	{.id = "phone", .label = "電話", .label_en = "Phone",
	    .kind = FIELD_PHONE},
	{.id = NULL},
};

static const struct spec national_fields[] = {
	{.id = "system_id", .label = "系統識別號", .label_en = "System ID",
	    .kind = FIELD_TEXT, .pattern = "^C[0-9]{8}$",
	    .example = "C10700123"},
	{.id = "title", .label = "出國報告名稱", .label_en = "Title",
	    .kind = FIELD_TEXT, .required = true},
	{.id = "pages", .label = "頁數", .label_en = "Pages",
	    .kind = FIELD_INTEGER, .required = true, .min_value = 1},
	{.id = "attachments", .label = "含附件",
	    .label_en = "Attachments", .kind = FIELD_BOOL,
	    .required = true},
	{.id = "organizer", .label = "出國計畫主辦機關",
	    .label_en = "Organizer", .kind = FIELD_TEXT, .required = true},
	{.id = "contact", .label = "聯絡人", .label_en = "Contact",
	    .kind = FIELD_TEXT, .required = true},
	{.id = "phone", .label = "電話", .label_en = "Phone",
	    .kind = FIELD_PHONE, .required = true},
	{.id = "travellers", .label = "出國人員", .label_en = "Travellers",
	    .kind = FIELD_TABLE, .required = true,
	    .columns = national_travellers, .min_rows = 1},
	{.id = "category", .label = "出國類別", .label_en = "Category",
	    .kind = FIELD_CHOICE, .required = true,
	    .options = "考察/進修/研究/實習/視察/訪問/開會/談判/其他"},
	{.id = "period", .label = "出國期間", .label_en = "Period",
	    .kind = FIELD_DATERANGE, .required = true},
	{.id = "destination", .label = "出國地區",
	    .label_en = "Destination", .kind = FIELD_TEXT, .required = true},
	{.id = "report_date", .label = "報告日期",
	    .label_en = "Report date", .kind = FIELD_DATE, .required = true},
	{.id = "classification", .label = "分類號/目",
	    .label_en = "Classification", .kind = FIELD_TEXT},
	{.id = "keywords", .label = "關鍵詞", .label_en = "Keywords",
	    .kind = FIELD_TEXT, .required = true, .separators = "，、,;"},
	{.id = "summary", .label = "內容摘要", .label_en = "Summary",
	    .kind = FIELD_MULTILINE, .required = true, .count = COUNT_HAN,
	    .min_count = 200, .max_count = 300},
	{.id = "purpose", .label = "目的", .label_en = "Purpose",
	    .kind = FIELD_MULTILINE, .required = true, .body = true},
	{.id = "process", .label = "過程", .label_en = "Process",
	    .kind = FIELD_MULTILINE, .required = true, .body = true},
	{.id = "recommendations", .label = "心得及建議",
	    .label_en = "Reflections and recommendations",
	    .kind = FIELD_MULTILINE, .required = true, .body = true},
	{.id = NULL},
};

static const char *const national_rules[] = {
	"period_order", "report_after_return", "filed_late",
	"contact_among_travellers", "no_placeholders", "phone_pattern", NULL,
};

/* Return a copy of S, or NULL when S is NULL.  Caller frees. */
static char *
dup_or_null(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

/* Split the options "a/b/c" of F's spec into F->options. */
static void
set_options(struct template_field *f, const char *options)
{
	const char *p = options;

	while (p != NULL && *p != '\0') {
		size_t n = strcspn(p, "/");

		f->options = xreallocarray(f->options, f->n_options + 1,
		    sizeof *f->options);
		f->options[f->n_options++] = xstrndup(p, n);
		p += n + (p[n] == '/');
	}
}

/* Return the number of specs before the NULL id of S. */
static size_t
spec_count(const struct spec *s)
{
	size_t n = 0;

	while (s[n].id != NULL)
		n++;
	return n;
}

/* Fill F from the spec S. */
static void
set_field(struct template_field *f, const struct spec *s)
{
	size_t i;

	f->id = xstrdup(s->id);
	f->label = xstrdup(s->label);
	f->label_en = xstrdup(s->label_en);
	f->kind = s->kind;
	f->required = s->required;
	f->unless_field = dup_or_null(s->unless_field);
	f->unless_value = dup_or_null(s->unless_value);
	f->body = s->body;
	f->count = s->count;
	f->min_count = s->min_count > 0 ? s->min_count : -1;
	f->max_count = s->max_count > 0 ? s->max_count : -1;
	f->min_value = s->min_value != 0 ? s->min_value : LONG_MIN;
	f->max_value = LONG_MAX;
	set_options(f, s->options);
	f->allow_other = s->allow_other;
	f->default_value = dup_or_null(s->default_value);
	f->pattern = dup_or_null(s->pattern);
	f->example = dup_or_null(s->example);
	f->separators = dup_or_null(s->separators);
	f->min_rows = s->min_rows;
	if (s->columns == NULL)
		return;
	f->n_columns = spec_count(s->columns);
	f->columns = xcalloc(f->n_columns, sizeof *f->columns);
	for (i = 0; i < f->n_columns; i++)
		set_field(&f->columns[i], &s->columns[i]);
}

/* Return a template with the given names, fields and rules. */
static struct template *
build(const char *id, const char *name, const char *name_en,
    const struct spec *fields, const char *const *rules)
{
	struct template *t = template_new();
	size_t i;

	t->id = xstrdup(id);
	t->name = xstrdup(name);
	t->name_en = xstrdup(name_en);
	t->title = xstrdup(name);
	t->n_fields = spec_count(fields);
	t->fields = xcalloc(t->n_fields, sizeof *t->fields);
	for (i = 0; i < t->n_fields; i++)
		set_field(&t->fields[i], &fields[i]);
	while (rules[t->n_rules] != NULL)
		t->n_rules++;
	t->rules = xcalloc(t->n_rules, sizeof *t->rules);
	for (i = 0; i < t->n_rules; i++)
		t->rules[i] = xstrdup(rules[i]);
	return t;
}

struct template *
fixture_taichung(void)
{
	return build("taichung", "臺中市政府公務出國或赴大陸地區報告提要",
	    "Taichung City Government trip report summary", taichung_fields,
	    taichung_rules);
}

struct template *
fixture_national(void)
{
	return build("national", "行政院及所屬各機關出國報告提要",
	    "Executive Yuan trip report summary", national_fields,
	    national_rules);
}

static const char sample_summary[] =
	"本府應新加坡國家發展部部長黃循財 (Mr. Lawren"
	"ce Wong) 邀請，由林依瑩副市長率團出席由新加"
	"坡政府主辦之「2018世界城市峰會市長論壇」(W"
	"orld Cities Summit and Mayors Forum 2018)；本次論壇計"
	"有來自全球176位的城市代表共同探討都市發展"
	"過程所面臨的挑戰，討論各城市所面臨各項問"
	"題及其最先進之解決策略，並就公共管理及永"
	"續發展等議題進行討論，藉由與會城市的經驗"
	"交流，加強彼此間的合作，建立更完善的機制"
	"，並建造永續發展的生活環境。\n此次探討主"
	"題為「宜居永續城市：以創新與合作迎接未來"
	"」(Liveable and Sustainable Cities: Embracing the Future th"
	"rough Innovation and Collaboration)，重要議程包括："
	"\n一、「市長論壇」： 由新加坡政府市區重建"
	"局 (Urban Redevelopment Authority, URA) 及新加坡「宜"
	"居城市中心」共同主辦，每年舉辦1次，自2010"
	"年創辦以來已成為世界城市領導人解決城市所"
	"面臨挑戰及交換意見之最盛大集會；本次論壇"
	"延續前次討論議題，聚焦於創新及永續經濟發"
	"展。\n二、「第5屆李光耀世界城市獎」頒獎典"
	"禮： 「李光耀世界城市獎」於2009年設立，每2"
	"年舉辦1次，旨在獎勵卓越城市規劃及管理，"
	"以打造宜居及永續發展的城市；本府研考會前"
	"以「宜居城市」為主題（以舊城新生、水湳智"
	"慧城及2018年世界花卉博覽會作為子項目）報"
	"名旨揭獎項，惟本屆由韓國首爾市獲獎。\n三"
	"、「世界城市峰會青年領袖研討會」： 限受"
	"邀青年領袖參加，運用集體智慧與經驗，討論"
	"城市化的共同挑戰與解決方案。\n四、「主題"
	"分組論壇」(Themantic Tracks and Forums)： 本次會議"
	"以城市之治理、規劃、韌性及創新為主題。\n"
	"五、「周邊會議」： 「新加坡國際水資源週"
	"」(Singapore International Water Week, SIWW)、「環境清"
	"潔論壇」(CleanEnviro Summit Singapore, CESS) 及「新"
	"加坡國際交通大會暨展覽」(Singapore International"
	" Transport Congress and Exhibition, SITCE)。\n";

static const char sample_purpose[] =
	"世界城市峰會（World Cities Summit，簡稱 WCS）為"
	"新加坡於2008年發起之國際性峰會，旨在探討"
	"如何建設宜居城市與探索未來城市永續發展，"
	"來自世界各城市之決策者與各領域之專家學者"
	"齊聚一堂，討論各城市所面臨各項問題及其最"
	"先進之解決策略。該峰會結合李光耀世界城市"
	"獎，表揚得獎城市創造宜居、充滿活力和永續"
	"城市的傑出成就及貢獻。本市前於2016年由張"
	"光瑤副市長代表率團與會，本次會議再次受邀"
	"參加。\n\n市長論壇（World Cities Summit Mayors Forum"
	"，簡稱 WCSMF）為峰會最重要議程，由新加坡宜"
	"居城市中心和城市重建局舉辦，每年舉辦 1 次"
	"，僅限受邀者參加，各國城市代表藉此論壇探"
	"討急迫的城市問題，並分享各國城市最佳實踐"
	"經驗，藉由與會城市的經驗交流，加強彼此間"
	"的合作，建立更完善的機制，並建造永續發展"
	"的生活環境。本府代表團以積極的態度參與此"
	"次盛會，除商討相關議題外，更和與會城市代"
	"表建立相互聯繫管道。\n\n此外，代表團亦藉"
	"本次會議場合宣傳本市即將舉辦之「2018臺中"
	"世界花卉博覽會」（以下簡稱 2018世界花博）"
	"國際活動訊息，歡迎各界屆時蒞臨本市參觀。"
	"\n";

static const char sample_process[] =
	"本屆「2018世界城市峰會市長論壇」以「宜居"
	"永續城市：以創新與合作迎接未來」(Liveable an"
	"d Sustainable Cities: Embracing the Future through Innovatio"
	"n and Collaboration) 為主題，旨在解決宜居和永續"
	"城市之挑戰，分享都市整合解決方案並建立新"
	"的夥伴關係。\n";

static const char sample_reflections[] =
	"- 一、因與會城市眾多，大會安排指定聯繫人"
	"員予各城市代表，負責該城市出席行程、交通"
	"、參訪、業務專業媒合等，並研發專屬APP，建"
	"立線上資訊平臺，同時提醒出席者大會即時進"
	"行項目，提供專業且精確的服務；本市即將舉"
	"辦2018世界花博大型國際活動，屆時將湧入大"
	"量人潮，亦建置「花博官方APP—臺中花博GO」"
	"，可相互參考學習，提升服務效率及品質。\n"
	"\n- 二、為宣揚本市之重大建設、國際活動與"
	"發展願景，經向大會爭取，由林副市長在論壇"
	"中分享本市經驗並接受大會專訪，代表團亦利"
	"用議程交流時間向各城市代表介紹本市發展現"
	"況，並發放2018世界花博及市政建設等相關文"
	"宣資料，不僅增加本市國際曝光度，亦充分達"
	"成推廣及宣傳市政建設之目的。\n\n- 三、智慧"
	"城市的最終目的是利用智慧科技達到永續生活"
	"的目標，以創造宜居生活環境與提升整體競爭"
	"力，本次出訪行程緊湊，惟仍充分利用時間安"
	"排參觀惠普企業（Hewlett Packard Enterprise）及達"
	"梭系統集團（Dassault Systemes）展區，林副市長"
	"在參訪過程中，分別與惠普企業、達梭系統集"
	"團交換運用智慧科技建構永續發展環境心得及"
	"構想，透過城市示範計畫、國際合作及產政學"
	"研整合能量持續推動宜居永續城市。\n";

static const char sample_recommendations[] =
	"- 一、積極參加「李光耀世界城市獎」競逐，"
	"研議下屆（2020年）及下下屆（2022年）投獎策"
	"略及主題，提出本市相對於其他全球城市的優"
	"勢項目及發展策略，使本市在旨揭獎項評選上"
	"能更具競爭力。\n\n- 二、為應對未來高齡化社"
	"會，本市應積極利用大數據資料及運用3D虛擬"
	"實境等數位科技技術，發展「智慧長照」，符"
	"合中央長照政策核心主軸，提供全方位長期照"
	"顧服務。\n\n- 三、積極組團參加「Aging Asia」20"
	"19年5月於新加坡辦理之「第10屆國際老齡亞洲"
	"創新論壇」，與世界各地長期照護國際接軌，"
	"藉由國際交流增進彼此認知，也推廣臺灣在地"
	"老化的理念，期產生更大綜合效益，並提供國"
	"內高齡者更高品質更好的服務。\n";

/* The national draft's summary: 245 Han characters with punctuation. */
static const char national_summary[] =
	"本次赴日本東京考察智慧城市與防災體系建置經驗，拜會東京都政府、"
	"國土交通省及民間企業，瞭解其運用資訊科技整合交通、能源與防災資"
	"源之作法。東京都建置跨機關防災資訊平臺，整合氣象、河川水位及避"
	"難所資訊，於災害發生時即時提供民眾正確訊息，並透過開放資料鼓勵"
	"民間開發應用程式，值得我國參考。另參訪智慧住宅示範區，瞭解能源"
	"管理系統與高齡者照護服務之整合模式。建議我國持續推動跨機關資料"
	"整合，強化地方政府防災資訊能量，並擴大公私協力，以提升城市韌性"
	"與民眾生活品質。考察期間並與日方交換意見，建立後續合作聯繫管道"
	"，以利未來持續交流相關經驗與技術。";

void
fixture_set(struct draft *d, const struct template *t, const char *id,
    const char *text)
{
	value_set_text(draft_put(d, t, id), text);
}

void
fixture_set_cell(struct draft *d, const char *id, size_t row,
    const char *column, const char *text)
{
	struct value *fields = value_map_get(&d->top, "fields");
	struct value *table = value_map_get(fields, id);

	value_set_text(value_map_put(&table->items[row - 1], column), text);
}

void
fixture_add_row(struct draft *d, const struct template *t, const char *id,
    const char *const *cells)
{
	struct value *table = draft_put(d, t, id);
	struct value *row;
	size_t i;

	if (table->type != VALUE_LIST)
		value_set_list(table);
	row = value_list_append(table);
	value_set_map(row);
	for (i = 0; cells[i] != NULL; i++) {
		size_t n = strcspn(cells[i], "=");
		char *key = xstrndup(cells[i], n);

		value_set_text(value_map_put(row, key), cells[i] + n + 1);
		free(key);
	}
}

void
fixture_set_range(struct draft *d, const struct template *t, const char *id,
    const char *from, const char *to)
{
	struct value *v = draft_put(d, t, id);

	value_set_map(v);
	value_set_text(value_map_put(v, "from"), from);
	value_set_text(value_map_put(v, "to"), to);
}

char *
fixture_repeat(const char *c, size_t n)
{
	size_t len = strlen(c), i;
	char *s = xmalloc(len * n + 1);

	for (i = 0; i < n; i++)
		memcpy(s + i * len, c, len);
	s[len * n] = '\0';
	return s;
}

struct draft *
fixture_taichung_draft(const struct template *t)
{
	static const char *const people[][5] = {
		{"name=林依瑩", "agency=臺中市政府", "unit=府本部",
		    "title=副市長", NULL},
		{"name=任珮諤", "agency=臺中市政府秘書處", "unit=國際事務科",
		    "title=科員", NULL},
	};
	static const char *const days[][4] = {
		{"date=2018-07-07", "route=臺北→新加坡",
		    "activity=搭乘班機（去程） 抵達新加坡", NULL},
		{"date=2018-07-08", "route=新加坡",
		    "activity=參加「2018世界城市峰會市長論壇」", NULL},
		{"date=2018-07-09", "route=新加坡",
		    "activity=參加「2018世界城市峰會市長論壇」", NULL},
		{"date=2018-07-10", "route=新加坡",
		    "activity=回程班機因颱風影響停飛，延後一日回臺", NULL},
		{"date=2018-07-11", "route=新加坡→臺北",
		    "activity=搭乘班機（回程） 返抵臺北", NULL},
	};
	struct draft *d = draft_new(t);
	struct value *trip;
	size_t i;

	fixture_set(d, t, "category", "其他");
	fixture_set(d, t, "title", "臺中市政府出席新加坡「2018世界城市峰會"
	    "市長論壇」(新南向)");
	fixture_set(d, t, "attachments", "false");
	fixture_set(d, t, "organizer", "秘書處");
	fixture_set(d, t, "contact", "任珮諤");
	fixture_set(d, t, "phone", "04-22289111分機11414");
	for (i = 0; i < sizeof people / sizeof people[0]; i++)
		fixture_add_row(d, t, "travellers", people[i]);
	trip = draft_put(d, t, "trip_type");
	value_set_list(trip);
	value_set_text(value_list_append(trip), "其他");
	fixture_set_range(d, t, "period", "2018-07-07", "2018-07-11");
	fixture_set(d, t, "destination", "新加坡");
	fixture_set(d, t, "report_date", "2018-09-26");
	fixture_set(d, t, "summary", sample_summary);
	fixture_set(d, t, "purpose", sample_purpose);
	for (i = 0; i < sizeof days / sizeof days[0]; i++)
		fixture_add_row(d, t, "itinerary", days[i]);
	fixture_set(d, t, "process", sample_process);
	fixture_set(d, t, "reflections", sample_reflections);
	fixture_set(d, t, "recommendations", sample_recommendations);
	return d;
}

struct draft *
fixture_national_draft(const struct template *t)
{
	static const char *const people[][6] = {
		{"name=王大明", "agency=內政部", "unit=資訊中心",
		    "title=科長", "phone=02-2356-5000", NULL},
		{"name=陳小華", "agency=內政部", "unit=消防署",
		    "title=專員", "phone=0912-345-678", NULL},
	};
	struct draft *d = draft_new(t);
	size_t i;

	fixture_set(d, t, "system_id", "C10700123");
	fixture_set(d, t, "title", "赴日本考察智慧城市與防災體系");
	fixture_set(d, t, "pages", "32");
	fixture_set(d, t, "attachments", "true");
	fixture_set(d, t, "organizer", "內政部");
	fixture_set(d, t, "contact", "王大明");
	fixture_set(d, t, "phone", "(02)2356-5000 ext. 123");
	for (i = 0; i < sizeof people / sizeof people[0]; i++)
		fixture_add_row(d, t, "travellers", people[i]);
	fixture_set(d, t, "category", "考察");
	fixture_set_range(d, t, "period", "2018-10-01", "2018-10-05");
	fixture_set(d, t, "destination", "日本");
	fixture_set(d, t, "report_date", "2018-12-20");
	fixture_set(d, t, "classification", "");
	fixture_set(d, t, "keywords", "智慧城市，防災，開放資料");
	fixture_set(d, t, "summary", national_summary);
	fixture_set(d, t, "purpose", "瞭解日本智慧城市與防災體系建置經驗。");
	fixture_set(d, t, "process", "10月1日至5日拜會東京都政府及國土交通省。");
	fixture_set(d, t, "recommendations", "持續推動跨機關防災資料整合。");
	return d;
}
