-- Reference data from the notice 沪市监标技〔2023〕139号 and GB/T 2260.
-- Calls are data: a new year's call is new rows (through the console or a later migration), never a release.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

CREATE TABLE recommender (
    code        VARCHAR(16)  PRIMARY KEY,          -- GB/T 2260 district code, department code (D…), or 310000
    kind        VARCHAR(16)  NOT NULL,             -- MUNICIPAL | DISTRICT | DEPARTMENT
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT recommender_kind_ck CHECK (kind IN ('MUNICIPAL', 'DISTRICT', 'DEPARTMENT'))
);

CREATE TABLE pilot_call (
    id                    VARCHAR(16)  PRIMARY KEY,    -- <year>-<doc number>, e.g. 2023-139 (schemas: cm:CallId)
    call_year             INTEGER      NOT NULL UNIQUE,
    doc_number            VARCHAR(64)  NOT NULL,
    title_zh              VARCHAR(200) NOT NULL,
    title_en              VARCHAR(300) NOT NULL,
    published_on          DATE         NOT NULL,
    deadline              DATE         NOT NULL,      -- last day applications are accepted (Asia/Shanghai)
    term_months           INTEGER      NOT NULL,
    max_extension_months  INTEGER      NOT NULL,
    max_extensions        INTEGER      NOT NULL,
    version               INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE call_project_type (
    call_id   VARCHAR(16) NOT NULL REFERENCES pilot_call (id),
    code      VARCHAR(16) NOT NULL,                -- GENERAL | KEY
    name_zh   VARCHAR(50) NOT NULL,
    name_en   VARCHAR(100) NOT NULL,
    PRIMARY KEY (call_id, code)
);

-- §五(五): review work is routed by domain to the domain's municipal contact.
CREATE TABLE call_domain (
    call_id        VARCHAR(16)  NOT NULL REFERENCES pilot_call (id),
    code           VARCHAR(32)  NOT NULL,
    ord            INTEGER      NOT NULL,
    name_zh        VARCHAR(100) NOT NULL,
    name_en        VARCHAR(200) NOT NULL,
    contact_name   VARCHAR(50)  NOT NULL,
    contact_phone  VARCHAR(50)  NOT NULL,          -- switchboard number and extension
    PRIMARY KEY (call_id, code)
);

-- §三(一): the key direction groups and their sub-directions, each group in one domain.
CREATE TABLE key_direction_group (
    call_id      VARCHAR(16)  NOT NULL REFERENCES pilot_call (id),
    code         VARCHAR(32)  NOT NULL,
    ord          INTEGER      NOT NULL,
    name_zh      VARCHAR(100) NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    domain_code  VARCHAR(32)  NOT NULL,
    PRIMARY KEY (call_id, code),
    FOREIGN KEY (call_id, domain_code) REFERENCES call_domain (call_id, code)
);

CREATE TABLE key_direction (
    call_id      VARCHAR(16)  NOT NULL,
    group_code   VARCHAR(32)  NOT NULL,
    code         VARCHAR(48)  NOT NULL,
    ord          INTEGER      NOT NULL,
    name_zh      VARCHAR(100) NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    PRIMARY KEY (call_id, code),
    FOREIGN KEY (call_id, group_code) REFERENCES key_direction_group (call_id, code)
);

INSERT INTO recommender (code, kind, name_zh, name_en) VALUES
 ('310000', 'MUNICIPAL', '上海市市场监督管理局', 'Shanghai Municipal Administration for Market Regulation'),
 ('310101', 'DISTRICT', '黄浦区市场监督管理局', 'Huangpu District Administration for Market Regulation'),
 ('310104', 'DISTRICT', '徐汇区市场监督管理局', 'Xuhui District Administration for Market Regulation'),
 ('310105', 'DISTRICT', '长宁区市场监督管理局', 'Changning District Administration for Market Regulation'),
 ('310106', 'DISTRICT', '静安区市场监督管理局', 'Jing''an District Administration for Market Regulation'),
 ('310107', 'DISTRICT', '普陀区市场监督管理局', 'Putuo District Administration for Market Regulation'),
 ('310109', 'DISTRICT', '虹口区市场监督管理局', 'Hongkou District Administration for Market Regulation'),
 ('310110', 'DISTRICT', '杨浦区市场监督管理局', 'Yangpu District Administration for Market Regulation'),
 ('310112', 'DISTRICT', '闵行区市场监督管理局', 'Minhang District Administration for Market Regulation'),
 ('310113', 'DISTRICT', '宝山区市场监督管理局', 'Baoshan District Administration for Market Regulation'),
 ('310114', 'DISTRICT', '嘉定区市场监督管理局', 'Jiading District Administration for Market Regulation'),
 ('310115', 'DISTRICT', '浦东新区市场监督管理局', 'Pudong New Area Administration for Market Regulation'),
 ('310116', 'DISTRICT', '金山区市场监督管理局', 'Jinshan District Administration for Market Regulation'),
 ('310117', 'DISTRICT', '松江区市场监督管理局', 'Songjiang District Administration for Market Regulation'),
 ('310118', 'DISTRICT', '青浦区市场监督管理局', 'Qingpu District Administration for Market Regulation'),
 ('310120', 'DISTRICT', '奉贤区市场监督管理局', 'Fengxian District Administration for Market Regulation'),
 ('310151', 'DISTRICT', '崇明区市场监督管理局', 'Chongming District Administration for Market Regulation'),
 -- starter list of industry departments (市标准化工作联席会议成员单位等); administrators edit it
 ('DJXW',  'DEPARTMENT', '上海市经济和信息化委员会', 'Shanghai Municipal Commission of Economy and Informatization'),
 ('DFGW',  'DEPARTMENT', '上海市发展和改革委员会', 'Shanghai Municipal Development and Reform Commission'),
 ('DKW',   'DEPARTMENT', '上海市科学技术委员会', 'Science and Technology Commission of Shanghai Municipality'),
 ('DSW',   'DEPARTMENT', '上海市商务委员会', 'Shanghai Municipal Commission of Commerce'),
 ('DNW',   'DEPARTMENT', '上海市农业农村委员会', 'Shanghai Municipal Agriculture and Rural Affairs Commission'),
 ('DSTHJ', 'DEPARTMENT', '上海市生态环境局', 'Shanghai Municipal Bureau of Ecology and Environment'),
 ('DZJW',  'DEPARTMENT', '上海市住房和城乡建设管理委员会', 'Shanghai Municipal Commission of Housing and Urban-Rural Development'),
 ('DJTW',  'DEPARTMENT', '上海市交通委员会', 'Shanghai Municipal Transportation Commission'),
 ('DWJW',  'DEPARTMENT', '上海市卫生健康委员会', 'Shanghai Municipal Health Commission'),
 ('DMZJ',  'DEPARTMENT', '上海市民政局', 'Shanghai Municipal Civil Affairs Bureau'),
 ('DWLJ',  'DEPARTMENT', '上海市文化和旅游局', 'Shanghai Municipal Administration of Culture and Tourism'),
 ('DYJJ',  'DEPARTMENT', '上海市应急管理局', 'Shanghai Municipal Emergency Management Bureau'),
 ('DSWJ',  'DEPARTMENT', '上海市水务局（上海市海洋局）', 'Shanghai Water Authority (Shanghai Oceanic Administration)'),
 ('DLHSR', 'DEPARTMENT', '上海市绿化和市容管理局', 'Shanghai Landscaping and City Appearance Administrative Bureau'),
 ('DQXJ',  'DEPARTMENT', '上海市气象局', 'Shanghai Meteorological Service'),
 ('DTYJ',  'DEPARTMENT', '上海市体育局', 'Shanghai Administration of Sports'),
 ('DSJJ',  'DEPARTMENT', '上海市数据局', 'Shanghai Municipal Data Administration');

INSERT INTO pilot_call (id, call_year, doc_number, title_zh, title_en, published_on, deadline,
                        term_months, max_extension_months, max_extensions) VALUES
 ('2023-139', 2023, '沪市监标技〔2023〕139号',
  '上海市市场监督管理局关于开展2023年度市级标准化试点工作的通知',
  'Notice of the Shanghai Administration for Market Regulation on the 2023 municipal standardization pilots',
  DATE '2023-03-29', DATE '2023-05-15', 24, 6, 1);

INSERT INTO call_project_type (call_id, code, name_zh, name_en) VALUES
 ('2023-139', 'GENERAL', '一般项目', 'General project'),
 ('2023-139', 'KEY',     '重点项目', 'Key project');

INSERT INTO call_domain (call_id, code, ord, name_zh, name_en, contact_name, contact_phone) VALUES
 ('2023-139', 'SOCIAL_MGMT',        1, '社会管理领域', 'Social management', '刘文涛', '64220000转2527'),
 ('2023-139', 'PUBLIC_SERVICE',     2, '公共服务领域', 'Public services', '胡伟', '64220000转2525'),
 ('2023-139', 'TECH_MANUFACTURING', 3, '科技创新领域、制造业领域', 'Technological innovation and manufacturing', '王宝斌', '64220000转2509'),
 ('2023-139', 'SERVICES_RURAL',     4, '现代服务业领域、农业农村领域', 'Modern services, agriculture and rural affairs', '倪敏', '64220000转2507'),
 ('2023-139', 'ECO_GREEN_YRD',            5, '生态绿色领域、长三角一体化领域', 'Ecology and green development, Yangtze River Delta integration', '刘宙君', '64220000转2526'),
 ('2023-139', 'INTERNATIONAL_STANDARDIZATION',      6, '国际标准化领域', 'International standardization', '华希', '64220000转2506');

INSERT INTO key_direction_group (call_id, code, ord, name_zh, name_en, domain_code) VALUES
 ('2023-139', 'SOCIAL_MGMT',        1, '社会管理领域', 'Social management', 'SOCIAL_MGMT'),
 ('2023-139', 'PUBLIC_SERVICE',     2, '公共服务领域', 'Public services', 'PUBLIC_SERVICE'),
 ('2023-139', 'TECH_MANUFACTURING', 3, '科技创新领域、制造业领域', 'Technological innovation and manufacturing', 'TECH_MANUFACTURING'),
 ('2023-139', 'MODERN_SERVICES',    4, '现代服务业领域', 'Modern services', 'SERVICES_RURAL'),
 ('2023-139', 'ECO_GREEN_YRD',            5, '生态绿色领域、长三角一体化领域', 'Ecology and green development, Yangtze River Delta integration', 'ECO_GREEN_YRD'),
 ('2023-139', 'AGRICULTURE_RURAL',         6, '农业农村领域', 'Agriculture and rural affairs', 'SERVICES_RURAL'),
 ('2023-139', 'INTERNATIONAL_STANDARDIZATION',      7, '国际标准化领域', 'International standardization', 'INTERNATIONAL_STANDARDIZATION');

INSERT INTO key_direction (call_id, group_code, code, ord, name_zh, name_en) VALUES
 ('2023-139', 'SOCIAL_MGMT', 'CITY_DIGITAL_GOVERNANCE', 1, '城市数字治理', 'Urban digital governance'),
 ('2023-139', 'SOCIAL_MGMT', 'WORK_SAFETY',             2, '安全生产', 'Work safety'),
 ('2023-139', 'SOCIAL_MGMT', 'EMERGENCY_MGMT',          3, '应急管理', 'Emergency management'),
 ('2023-139', 'SOCIAL_MGMT', 'DISASTER_PREVENTION',     4, '防灾减灾', 'Disaster prevention and mitigation'),
 ('2023-139', 'SOCIAL_MGMT', 'FIRE_SAFETY',             5, '消防安全', 'Fire safety'),
 ('2023-139', 'SOCIAL_MGMT', 'WATER_AND_OCEAN',             6, '水务海洋', 'Water affairs and ocean'),
 ('2023-139', 'SOCIAL_MGMT', 'METEOROLOGY',             7, '气象', 'Meteorology'),
 ('2023-139', 'SOCIAL_MGMT', 'CITY_APPEARANCE_SANITATION',         8, '市容环卫', 'City appearance and sanitation'),
 ('2023-139', 'PUBLIC_SERVICE', 'BASIC_PUBLIC_SERVICE', 1, '基本公共服务', 'Basic public services'),
 ('2023-139', 'PUBLIC_SERVICE', 'ELDERLY_CARE',         2, '养老服务', 'Elderly care services'),
 ('2023-139', 'PUBLIC_SERVICE', 'PUBLIC_CULTURE_SPORTS',       3, '公共文化体育', 'Public culture and sports'),
 ('2023-139', 'PUBLIC_SERVICE', 'MEDICAL_CONVENIENCE',  4, '医疗便利化', 'Convenient medical services'),
 ('2023-139', 'TECH_MANUFACTURING', 'HYDROGEN_ENERGY',              1, '氢能', 'Hydrogen energy'),
 ('2023-139', 'TECH_MANUFACTURING', 'NEW_ENERGY_VEHICLES',   2, '新能源汽车', 'New energy vehicles'),
 ('2023-139', 'TECH_MANUFACTURING', 'BIOMEDICINE',           3, '生物医药', 'Biomedicine'),
 ('2023-139', 'TECH_MANUFACTURING', 'AEROSPACE',             4, '航空航天', 'Aerospace'),
 ('2023-139', 'TECH_MANUFACTURING', 'ELECTRONIC_INFORMATION',       5, '电子信息', 'Electronic information'),
 ('2023-139', 'TECH_MANUFACTURING', 'LIFE_HEALTH',           6, '生命健康', 'Life and health'),
 ('2023-139', 'TECH_MANUFACTURING', 'GREEN_LOW_CARBON_ENERGY_EQUIPMENT',7, '绿色低碳能源装备', 'Green low-carbon energy equipment'),
 ('2023-139', 'TECH_MANUFACTURING', 'ADVANCED_MATERIALS',    8, '先进材料', 'Advanced materials'),
 ('2023-139', 'TECH_MANUFACTURING', 'INTELLIGENT_TRANSPORT', 9, '智能交通', 'Intelligent transport'),
 ('2023-139', 'TECH_MANUFACTURING', 'INDUSTRIAL_INTERNET',  10, '工业互联网', 'Industrial internet'),
 ('2023-139', 'TECH_MANUFACTURING', 'FASHION_CONSUMER_GOODS',     11, '时尚消费品产业', 'Fashion consumer goods'),
 ('2023-139', 'TECH_MANUFACTURING', 'MANUFACTURING_DIGITAL_TRANSFORMATION',12, '制造业数字化转型', 'Digital transformation of manufacturing'),
 ('2023-139', 'MODERN_SERVICES', 'DIGITAL_TRANSFORMATION', 1, '数字化转型', 'Digital transformation'),
 ('2023-139', 'MODERN_SERVICES', 'NEW_TRACKS',             2, '新赛道', 'New tracks'),
 ('2023-139', 'MODERN_SERVICES', 'FUTURE_INDUSTRIES',      3, '未来产业', 'Future industries'),
 ('2023-139', 'ECO_GREEN_YRD', 'ECOLOGICAL_RESTORATION',       1, '生态环境修复', 'Ecological restoration'),
 ('2023-139', 'ECO_GREEN_YRD', 'SHIPPING_DUAL_CARBON',  2, '船舶领域“双碳”目标', 'Dual-carbon goals in shipping'),
 ('2023-139', 'ECO_GREEN_YRD', 'DEMO_ZONE_STANDARD_COORDINATION',   3, '一体化示范区标准协同', 'Standards coordination in the integration demonstration zone'),
 ('2023-139', 'AGRICULTURE_RURAL', 'SEED_INDUSTRY',       1, '种业', 'Seed industry'),
 ('2023-139', 'AGRICULTURE_RURAL', 'SMART_AGRICULTURE',   2, '智慧农业', 'Smart agriculture'),
 ('2023-139', 'AGRICULTURE_RURAL', 'RURAL_GOVERNANCE',    3, '乡村治理', 'Rural governance'),
 ('2023-139', 'AGRICULTURE_RURAL', 'DIGITAL_COUNTRYSIDE',     4, '数字乡村', 'Digital villages'),
 ('2023-139', 'INTERNATIONAL_STANDARDIZATION', 'CHINA_STANDARDS_GOING_GLOBAL', 1, '中国标准走出去', 'Chinese standards going global'),
 ('2023-139', 'INTERNATIONAL_STANDARDIZATION', 'INDUSTRY_GOING_GLOBAL_BY_STANDARDS',        2, '以标准带动产业走出去', 'Standards leading industry abroad'),
 ('2023-139', 'INTERNATIONAL_STANDARDIZATION', 'OVERSEAS_PROJECT_STANDARD_SYSTEM',    3, '建立海外产业项目标准体系', 'Standard systems for overseas industrial projects'),
 ('2023-139', 'INTERNATIONAL_STANDARDIZATION', 'INTERNATIONAL_REGIONAL_FOREIGN_STANDARDS',    4, '开展国际标准、区域标准、国外标准研制及实施', 'Developing and implementing international, regional and foreign standards'),
 ('2023-139', 'INTERNATIONAL_STANDARDIZATION', 'YRD_INTERNATIONAL_COOPERATION',         5, '长三角国际标准化产业协作', 'Yangtze River Delta international standardization cooperation'),
 -- §三(一) lists each group's directions with 等 (etc.): an "other" direction per group, as in the schema
 ('2023-139', 'SOCIAL_MGMT', 'SOCIAL_MGMT_OTHER', 9, '社会管理领域其他方向（须在项目概述中说明）', 'Other direction in this group (explained in the summary)'),
 ('2023-139', 'PUBLIC_SERVICE', 'PUBLIC_SERVICE_OTHER', 5, '公共服务领域其他方向（须在项目概述中说明）', 'Other direction in this group (explained in the summary)'),
 ('2023-139', 'TECH_MANUFACTURING', 'TECH_MANUFACTURING_OTHER', 13, '科技创新、制造业领域其他方向（须在项目概述中说明）', 'Other direction in this group (explained in the summary)'),
 ('2023-139', 'MODERN_SERVICES', 'MODERN_SERVICES_OTHER', 4, '现代服务业领域其他方向（须在项目概述中说明）', 'Other direction in this group (explained in the summary)'),
 ('2023-139', 'ECO_GREEN_YRD', 'ECO_GREEN_YRD_OTHER', 4, '生态绿色、长三角一体化领域其他方向（须在项目概述中说明）', 'Other direction in this group (explained in the summary)'),
 ('2023-139', 'AGRICULTURE_RURAL', 'AGRICULTURE_RURAL_OTHER', 5, '农业农村领域其他方向（须在项目概述中说明）', 'Other direction in this group (explained in the summary)');
