"""Deterministic generator of realistic demo records for Daftar.

Benchmarks (100,000 cases), tests and the demo database all draw their records from here.
Every public function takes a ``random.Random`` and draws from nothing else, so the output is
a pure function of the generator's state: the same seed gives the same records on every run
and machine (tables are tuples, never sets, so string hashing does not leak in).

Values are JSON-compatible, as the case store keeps them: text is a ``str`` in Unicode NFC,
an integer an ``int``, a date a ``"YYYY-MM-DD"`` string, a single choice a ``str``, a yes/no
a ``bool`` and an attachment a ``dict`` (see :func:`fake_attachment`).

Names come in three scripts: Uzbek Latin (``"uz-Latn"``, about 60% of candidates), Uzbek
Cyrillic (``"uz-Cyrl"``, about 20%) and Russian (``"ru"``, about 20%). Uzbek Latin writes
oʻ and gʻ with U+02BB MODIFIER LETTER TURNED COMMA and the tutuq belgisi (taʼlim) with
U+02BC MODIFIER LETTER APOSTROPHE, never with an ASCII or typographic apostrophe; Uzbek
Cyrillic uses ў ғ қ ҳ. A record whose person is written in Uzbek Cyrillic also has its
constituency, party body and address in Cyrillic; other free text is in Uzbek Latin.

All tables are built once at import; a call only draws numbers and formats strings, so
100,000 candidate records take well under five seconds on one core.
"""

from __future__ import annotations

import datetime
import random
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, TypeVar

from app.core.identifiers import pinfl_check_digit

__all__ = [
    "CANDIDATE_AGE_RANGE",
    "DISTRICTS",
    "EDUCATION_LEVELS",
    "ELECTION_TYPES",
    "LANGUAGES",
    "NATIONALITIES",
    "PARTIES",
    "PASSPORT_SERIES",
    "PHONE_PREFIXES",
    "REFERENCE_DATE",
    "REGIONS",
    "SCHOOL_YEAR_START",
    "SCRIPTS",
    "STUDENT_AGE_RANGE",
    "campaign_fields",
    "candidate_nomination_fields",
    "fake_attachment",
    "person_name",
    "pinfl",
    "student_fields",
]

_T = TypeVar("_T")

REFERENCE_DATE = datetime.date(2026, 1, 1)
"""Ages of candidates are counted on this day."""

SCHOOL_YEAR_START = datetime.date(2025, 9, 1)
"""Pupils' grades are those of the school year that starts on this day."""

CANDIDATE_AGE_RANGE = (25, 70)
STUDENT_AGE_RANGE = (6, 17)

SCRIPTS = ("uz-Latn", "uz-Cyrl", "ru")
EDUCATION_LEVELS = ("secondary", "vocational", "higher", "postgraduate")
LANGUAGES = ("uz", "ru", "kaa", "tg", "kk")
ELECTION_TYPES = ("parliament", "regional_council", "district_council", "president")
PASSPORT_SERIES = ("AA", "AB", "AC", "AD", "AE", "FA", "KA")
PHONE_PREFIXES = ("90", "91", "93", "94", "95", "97", "98", "99", "33", "88")


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# Draws by scaling ``rng.random()``: several times faster than ``choice`` / ``randint``, and
# the bias (at most n / 2**53) is far below anything a demo record could show.


def _below(rng: random.Random, n: int) -> int:
    """A number in 0..n-1."""
    return int(rng.random() * n)


def _between(rng: random.Random, low: int, high: int) -> int:
    """A number in low..high, both included."""
    return low + int(rng.random() * (high - low + 1))


def _choice(rng: random.Random, seq: Sequence[_T]) -> _T:
    return seq[int(rng.random() * len(seq))]


def _words(text: str) -> list[str]:
    """The whitespace-separated words of a long table literal."""
    return text.split()


def _weighted(pairs: Sequence[tuple[_T, float]]) -> tuple[tuple[_T, ...], tuple[float, ...]]:
    """Options and their cumulative weights, normalised so that the last one is exactly 1."""
    options = tuple(option for option, _ in pairs)
    total = sum(weight for _, weight in pairs)
    cumulative = [c / total for c in accumulate(weight for _, weight in pairs)]
    cumulative[-1] = 1.0
    return options, tuple(cumulative)


def _pick(rng: random.Random, table: tuple[tuple[_T, ...], tuple[float, ...]]) -> _T:
    options, cumulative = table
    return options[bisect_right(cumulative, rng.random())]


# --- Places -------------------------------------------------------------------------------

# (code, Latin name, Cyrillic name, kind); kind is "respublika", "viloyat" or "shahar".
_REGION_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("karakalpakstan", "Qoraqalpogʻiston", "Қорақалпоғистон", "respublika"),
    ("andijan", "Andijon", "Андижон", "viloyat"),
    ("bukhara", "Buxoro", "Бухоро", "viloyat"),
    ("jizzakh", "Jizzax", "Жиззах", "viloyat"),
    ("kashkadarya", "Qashqadaryo", "Қашқадарё", "viloyat"),
    ("navoi", "Navoiy", "Навоий", "viloyat"),
    ("namangan", "Namangan", "Наманган", "viloyat"),
    ("samarkand", "Samarqand", "Самарқанд", "viloyat"),
    ("surkhandarya", "Surxondaryo", "Сурхондарё", "viloyat"),
    ("syrdarya", "Sirdaryo", "Сирдарё", "viloyat"),
    ("tashkent_region", "Toshkent", "Тошкент", "viloyat"),
    ("fergana", "Fargʻona", "Фарғона", "viloyat"),
    ("khorezm", "Xorazm", "Хоразм", "viloyat"),
    ("tashkent_city", "Toshkent", "Тошкент", "shahar"),
)

# Districts and cities of each region: "Latin|Cyrillic", with a leading "*" for a city.
_DISTRICT_ROWS: dict[str, str] = {
    "karakalpakstan": "*Nukus|Нукус; Amudaryo|Амударё; Beruniy|Беруний; Chimboy|Чимбой; "
    "Ellikqalʼa|Элликқалъа; Kegeyli|Кегейли; Qoʻngʻirot|Қўнғирот; Qanlikoʻl|Қанликўл; "
    "Moʻynoq|Мўйноқ; Toʻrtkoʻl|Тўрткўл; Xoʻjayli|Хўжайли; Shumanay|Шуманай; "
    "Taxiatosh|Тахиатош",
    "andijan": "*Andijon|Андижон; Asaka|Асака; Baliqchi|Балиқчи; Boʻston|Бўстон; "
    "Buloqboshi|Булоқбоши; Izboskan|Избоскан; Jalaquduq|Жалақудуқ; Marhamat|Марҳамат; "
    "Oltinkoʻl|Олтинкўл; Paxtaobod|Пахтаобод; Qoʻrgʻontepa|Қўрғонтепа; "
    "Shahrixon|Шаҳрихон; Xoʻjaobod|Хўжаобод; Ulugʻnor|Улуғнор; *Xonobod|Хонобод",
    "bukhara": "*Buxoro|Бухоро; Gʻijduvon|Ғиждувон; Jondor|Жондор; *Kogon|Когон; Olot|Олот; "
    "Peshku|Пешку; Qorakoʻl|Қоракўл; Qorovulbozor|Қоровулбозор; Romitan|Ромитан; "
    "Shofirkon|Шофиркон; Vobkent|Вобкент",
    "jizzakh": "*Jizzax|Жиззах; Arnasoy|Арнасой; Baxmal|Бахмал; Doʻstlik|Дўстлик; "
    "Forish|Фориш; Gʻallaorol|Ғаллаорол; Sharof Rashidov|Шароф Рашидов; "
    "Mirzachoʻl|Мирзачўл; Paxtakor|Пахтакор; Yangiobod|Янгиобод; Zomin|Зомин; "
    "Zafarobod|Зафаробод; Zarbdor|Зарбдор",
    "kashkadarya": "*Qarshi|Қарши; Chiroqchi|Чироқчи; Dehqonobod|Деҳқонобод; Gʻuzor|Ғузор; "
    "Kasbi|Касби; Kitob|Китоб; Koson|Косон; Mirishkor|Миришкор; Muborak|Муборак; "
    "Nishon|Нишон; Qamashi|Қамаши; *Shahrisabz|Шаҳрисабз; Yakkabogʻ|Яккабоғ; "
    "Koʻkdala|Кўкдала",
    "navoi": "*Navoiy|Навоий; *Zarafshon|Зарафшон; Karmana|Кармана; Konimex|Конимех; "
    "Qiziltepa|Қизилтепа; Navbahor|Навбаҳор; Nurota|Нурота; Tomdi|Томди; "
    "Uchquduq|Учқудуқ; Xatirchi|Хатирчи",
    "namangan": "*Namangan|Наманган; Chortoq|Чортоқ; Chust|Чуст; Kosonsoy|Косонсой; "
    "Mingbuloq|Мингбулоқ; Norin|Норин; Pop|Поп; Toʻraqoʻrgʻon|Тўрақўрғон; "
    "Uchqoʻrgʻon|Учқўрғон; Uychi|Уйчи; Yangiqoʻrgʻon|Янгиқўрғон; Davlatobod|Давлатобод",
    "samarkand": "*Samarqand|Самарқанд; Bulungʻur|Булунғур; Ishtixon|Иштихон; "
    "Jomboy|Жомбой; *Kattaqoʻrgʻon|Каттақўрғон; Narpay|Нарпай; Nurobod|Нуробод; "
    "Oqdaryo|Оқдарё; Pastdargʻom|Пастдарғом; Paxtachi|Пахтачи; Payariq|Пайариқ; "
    "Qoʻshrabot|Қўшработ; Toyloq|Тойлоқ; Urgut|Ургут",
    "surkhandarya": "*Termiz|Термиз; Angor|Ангор; Boysun|Бойсун; Denov|Денов; "
    "Jarqoʻrgʻon|Жарқўрғон; Qiziriq|Қизириқ; Qumqoʻrgʻon|Қумқўрғон; Muzrabot|Музработ; "
    "Oltinsoy|Олтинсой; Sariosiyo|Сариосиё; Sherobod|Шеробод; Shoʻrchi|Шўрчи; Uzun|Узун",
    "syrdarya": "*Guliston|Гулистон; Boyovut|Боёвут; Mirzaobod|Мирзаобод; Oqoltin|Оқолтин; "
    "Sardoba|Сардоба; Sayxunobod|Сайхунобод; Sirdaryo|Сирдарё; Xovos|Ховос; "
    "*Shirin|Ширин; *Yangiyer|Янгиер",
    "tashkent_region": "*Angren|Ангрен; *Olmaliq|Олмалиқ; *Chirchiq|Чирчиқ; *Bekobod|Бекобод; "
    "Boʻka|Бўка; Boʻstonliq|Бўстонлиқ; Chinoz|Чиноз; Ohangaron|Оҳангарон; "
    "Oqqoʻrgʻon|Оққўрғон; Parkent|Паркент; Piskent|Пискент; Qibray|Қибрай; "
    "Quyichirchiq|Қуйичирчиқ; Yangiyoʻl|Янгийўл; Zangiota|Зангиота; "
    "Yuqorichirchiq|Юқоричирчиқ",
    "fergana": "*Fargʻona|Фарғона; *Margʻilon|Марғилон; *Qoʻqon|Қўқон; *Quvasoy|Қувасой; "
    "Beshariq|Бешариқ; Bagʻdod|Бағдод; Buvayda|Бувайда; Dangʻara|Данғара; Furqat|Фурқат; "
    "Oltiariq|Олтиариқ; Quva|Қува; Rishton|Риштон; Soʻx|Сўх; Toshloq|Тошлоқ; "
    "Uchkoʻprik|Учкўприк; Yozyovon|Ёзёвон",
    "khorezm": "*Urganch|Урганч; *Xiva|Хива; Bogʻot|Боғот; Gurlan|Гурлан; "
    "Hazorasp|Ҳазорасп; Xonqa|Хонқа; Qoʻshkoʻpir|Қўшкўпир; Shovot|Шовот; "
    "Yangiariq|Янгиариқ; Yangibozor|Янгибозор; Tuproqqalʼa|Тупроққалъа",
    "tashkent_city": "Bektemir|Бектемир; Chilonzor|Чилонзор; Mirobod|Миробод; "
    "Mirzo Ulugʻbek|Мирзо Улуғбек; Olmazor|Олмазор; Sergeli|Сергели; "
    "Shayxontohur|Шайхонтоҳур; Uchtepa|Учтепа; Yakkasaroy|Яккасарой; Yashnobod|Яшнобод; "
    "Yunusobod|Юнусобод; Yangihayot|Янгиҳаёт",
}


@dataclass(frozen=True)
class _Place:
    """A region or a district, with its names prerendered in both Uzbek scripts."""

    base: str  # "Zomin"
    base_cyr: str
    of: str  # "Zomin tumani", "Jizzax shahri", "Jizzax viloyati"
    of_cyr: str
    adj: str  # "Zomin tuman", "Jizzax shahar", "Jizzax viloyat" (before kengashi, hokimligi)
    adj_cyr: str
    council: str = ""  # the elected council, less its last "i": "Zomin tuman ... Kengash"
    administration: str = ""  # "Zomin tuman hokimligi"

    def __post_init__(self) -> None:
        if not self.council:
            object.__setattr__(self, "council", f"{self.adj} xalq deputatlari Kengash")
        if not self.administration:
            object.__setattr__(self, "administration", f"{self.adj} hokimligi")


def _region_place(latin: str, cyrillic: str, kind: str) -> _Place:
    if kind == "respublika":
        return _Place(
            latin,
            cyrillic,
            f"{latin} Respublikasi",
            f"{cyrillic} Республикаси",
            f"{latin} Respublikasi",
            f"{cyrillic} Республикаси",
            f"{latin} Respublikasi Joʻqorgʻi Kenges",
            f"{latin} Respublikasi Vazirlar Kengashi",
        )
    if kind == "shahar":
        return _Place(
            latin,
            cyrillic,
            f"{latin} shahri",
            f"{cyrillic} шаҳри",
            f"{latin} shahar",
            f"{cyrillic} шаҳар",
        )
    return _Place(
        latin,
        cyrillic,
        f"{latin} viloyati",
        f"{cyrillic} вилояти",
        f"{latin} viloyat",
        f"{cyrillic} вилоят",
    )


def _district_place(row: str) -> _Place:
    row = row.strip()
    is_city = row.startswith("*")
    latin, cyrillic = (_nfc(part.strip()) for part in row.lstrip("*").split("|"))
    if is_city:
        return _Place(
            latin,
            cyrillic,
            f"{latin} shahri",
            f"{cyrillic} шаҳри",
            f"{latin} shahar",
            f"{cyrillic} шаҳар",
        )
    return _Place(
        latin,
        cyrillic,
        f"{latin} tumani",
        f"{cyrillic} тумани",
        f"{latin} tuman",
        f"{cyrillic} туман",
    )


REGIONS: tuple[str, ...] = tuple(row[0] for row in _REGION_ROWS)
_REGION_PLACES: tuple[_Place, ...] = tuple(
    _region_place(_nfc(latin), _nfc(cyrillic), kind) for _, latin, cyrillic, kind in _REGION_ROWS
)
_DISTRICT_PLACES: tuple[tuple[_Place, ...], ...] = tuple(
    tuple(_district_place(row) for row in _DISTRICT_ROWS[code].split(";")) for code in REGIONS
)
_KARAKALPAKSTAN = REGIONS.index("karakalpakstan")
DISTRICTS: dict[str, tuple[str, ...]] = {
    code: tuple(place.of for place in places)
    for code, places in zip(REGIONS, _DISTRICT_PLACES, strict=True)
}
"""Region code → the Latin names of its districts and cities ("Zomin tumani", "Jizzax shahri")."""


@dataclass(frozen=True)
class _Constituency:
    number: int
    region: int  # index into REGIONS
    name: str
    name_cyr: str


def _build_constituencies(count: int = 150) -> tuple[_Constituency, ...]:
    """Number 150 constituencies region by region, named after districts taken round-robin."""
    taken: list[list[int]] = [[] for _ in REGIONS]
    depth = 0
    total = 0
    while total < count:
        for region, places in enumerate(_DISTRICT_PLACES):
            if depth < len(places) and total < count:
                taken[region].append(depth)
                total += 1
        depth += 1
    constituencies: list[_Constituency] = []
    for region, indices in enumerate(taken):
        for index in indices:
            place = _DISTRICT_PLACES[region][index]
            constituencies.append(
                _Constituency(
                    len(constituencies) + 1,
                    region,
                    f"{place.base} saylov okrugi",
                    f"{place.base_cyr} сайлов округи",
                )
            )
    return tuple(constituencies)


_CONSTITUENCIES = _build_constituencies()

_STREETS: tuple[tuple[str, str], ...] = tuple(
    (_nfc(latin), _nfc(cyrillic))
    for latin, cyrillic in (
        ("Amir Temur", "Амир Темур"),
        ("Alisher Navoiy", "Алишер Навоий"),
        ("Mustaqillik", "Мустақиллик"),
        ("Zahiriddin Muhammad Bobur", "Заҳириддин Муҳаммад Бобур"),
        ("Mirzo Ulugʻbek", "Мирзо Улуғбек"),
        ("Sharof Rashidov", "Шароф Рашидов"),
        ("Abdulla Qodiriy", "Абдулла Қодирий"),
        ("Choʻlpon", "Чўлпон"),
        ("Gʻafur Gʻulom", "Ғафур Ғулом"),
        ("Navroʻz", "Наврўз"),
        ("Bunyodkor", "Бунёдкор"),
        ("Istiqlol", "Истиқлол"),
        ("Yoshlik", "Ёшлик"),
        ("Doʻstlik", "Дўстлик"),
        ("Paxtakor", "Пахтакор"),
        ("Oybek", "Ойбек"),
        ("Abdulla Qahhor", "Абдулла Қаҳҳор"),
        ("Furqat", "Фурқат"),
        ("Muqimiy", "Муқимий"),
        ("Erkin Vohidov", "Эркин Воҳидов"),
        ("Usmon Nosir", "Усмон Носир"),
        ("Bahor", "Баҳор"),
        ("Guliston", "Гулистон"),
        ("Ibn Sino", "Ибн Сино"),
        ("Beruniy", "Беруний"),
        ("Al-Xorazmiy", "Ал-Хоразмий"),
        ("Mashrab", "Машраб"),
        ("Ogahiy", "Огаҳий"),
        ("Fitrat", "Фитрат"),
        ("Behbudiy", "Беҳбудий"),
        ("Bogʻbon", "Боғбон"),
        ("Tinchlik", "Тинчлик"),
        ("Ipak yoʻli", "Ипак йўли"),
        ("Nurafshon", "Нурафшон"),
        ("Samarqand", "Самарқанд"),
        ("Shota Rustaveli", "Шота Руставели"),
    )
)
_STREET_KINDS: tuple[tuple[tuple[str, str], ...], tuple[float, ...]] = _weighted(
    [
        (("koʻchasi", "кўчаси"), 0.8),
        (("shoh koʻchasi", "шоҳ кўчаси"), 0.05),
        (("berk koʻchasi", "берк кўчаси"), 0.1),
        (("tor koʻchasi", "тор кўчаси"), 0.05),
    ]
)
_MAHALLAS: tuple[str, ...] = (
    "Navroʻz",
    "Guliston",
    "Bogʻishamol",
    "Mustaqillik",
    "Yangi hayot",
    "Obod",
    "Tinchlik",
    "Doʻstlik",
    "Bahor",
    "Choʻlpon",
    "Ipak yoʻli",
    "Bunyodkor",
    "Oqtepa",
    "Sohil",
    "Chinor",
)
_BRANDS: tuple[str, ...] = (
    "Omad",
    "Baraka",
    "Zamin",
    "Nur",
    "Ravnaq",
    "Istiqbol",
    "Sharq",
    "Tong",
    "Kamalak",
    "Oltin Vodiy",
    "Bunyod",
    "Orzu",
    "Sahovat",
    "Zarafshon",
    "Yulduz",
    "Barhayot",
    "Mehnat",
    "Umid",
)


def _street_address(rng: random.Random, cyrillic: bool) -> str:
    """ "Sharof Rashidov koʻchasi, 12-uy, 5-xonadon" (a flat only for blocks of flats)."""
    street = _choice(rng, _STREETS)
    kind = _pick(rng, _STREET_KINDS)
    house = _between(rng, 1, 180)
    if rng.random() < 0.45:
        flat = _between(rng, 1, 96)
        if cyrillic:
            return f"{street[1]} {kind[1]}, {house}-уй, {flat}-хонадон"
        return f"{street[0]} {kind[0]}, {house}-uy, {flat}-xonadon"
    if cyrillic:
        return f"{street[1]} {kind[1]}, {house}-уй"
    return f"{street[0]} {kind[0]}, {house}-uy"


# --- Names --------------------------------------------------------------------------------

# Uzbek given names as (Latin, Cyrillic).
_UZ_MALE: tuple[tuple[str, str], ...] = (
    ("Akmal", "Акмал"),
    ("Alisher", "Алишер"),
    ("Anvar", "Анвар"),
    ("Aziz", "Азиз"),
    ("Bahodir", "Баҳодир"),
    ("Bekzod", "Бекзод"),
    ("Botir", "Ботир"),
    ("Dilshod", "Дилшод"),
    ("Doniyor", "Дониёр"),
    ("Elyor", "Элёр"),
    ("Erkin", "Эркин"),
    ("Farhod", "Фарҳод"),
    ("Farrux", "Фаррух"),
    ("Gʻayrat", "Ғайрат"),
    ("Gʻulom", "Ғулом"),
    ("Hamid", "Ҳамид"),
    ("Husan", "Ҳусан"),
    ("Hasan", "Ҳасан"),
    ("Ibrohim", "Иброҳим"),
    ("Ikrom", "Икром"),
    ("Ilhom", "Илҳом"),
    ("Islom", "Ислом"),
    ("Jahongir", "Жаҳонгир"),
    ("Jamshid", "Жамшид"),
    ("Javlon", "Жавлон"),
    ("Kamol", "Камол"),
    ("Karim", "Карим"),
    ("Laziz", "Лазиз"),
    ("Mahmud", "Маҳмуд"),
    ("Mansur", "Мансур"),
    ("Mirzo", "Мирзо"),
    ("Muhammad", "Муҳаммад"),
    ("Murod", "Мурод"),
    ("Nodir", "Нодир"),
    ("Nurali", "Нурали"),
    ("Odil", "Одил"),
    ("Oybek", "Ойбек"),
    ("Otabek", "Отабек"),
    ("Oʻtkir", "Ўткир"),
    ("Poʻlat", "Пўлат"),
    ("Qahramon", "Қаҳрамон"),
    ("Qodir", "Қодир"),
    ("Ravshan", "Равшан"),
    ("Rustam", "Рустам"),
    ("Sanjar", "Санжар"),
    ("Sardor", "Сардор"),
    ("Sherzod", "Шерзод"),
    ("Shuhrat", "Шуҳрат"),
    ("Sobir", "Собир"),
    ("Sunnat", "Суннат"),
    ("Temur", "Темур"),
    ("Toʻlqin", "Тўлқин"),
    ("Ulugʻbek", "Улуғбек"),
    ("Umid", "Умид"),
    ("Xurshid", "Хуршид"),
    ("Yusuf", "Юсуф"),
    ("Zafar", "Зафар"),
    ("Zokir", "Зокир"),
    ("Abdulla", "Абдулла"),
    ("Baxtiyor", "Бахтиёр"),
    ("Ergash", "Эргаш"),
    ("Shavkat", "Шавкат"),
    ("Obid", "Обид"),
    ("Rahim", "Раҳим"),
    ("Mirjalol", "Миржалол"),
    ("Nurbek", "Нурбек"),
    ("Maʼruf", "Маъруф"),
    ("Gʻofur", "Ғофур"),
)
_UZ_FEMALE: tuple[tuple[str, str], ...] = (
    ("Aziza", "Азиза"),
    ("Barno", "Барно"),
    ("Dilnoza", "Дилноза"),
    ("Dilfuza", "Дилфуза"),
    ("Feruza", "Феруза"),
    ("Gulnora", "Гулнора"),
    ("Gulchehra", "Гулчеҳра"),
    ("Gulbahor", "Гулбаҳор"),
    ("Hilola", "Ҳилола"),
    ("Husniya", "Ҳусния"),
    ("Iroda", "Ирода"),
    ("Kamola", "Камола"),
    ("Lola", "Лола"),
    ("Lobar", "Лобар"),
    ("Madina", "Мадина"),
    ("Malika", "Малика"),
    ("Mohira", "Моҳира"),
    ("Mohinur", "Моҳинур"),
    ("Muhabbat", "Муҳаббат"),
    ("Munisa", "Муниса"),
    ("Nargiza", "Наргиза"),
    ("Nasiba", "Насиба"),
    ("Nigora", "Нигора"),
    ("Nilufar", "Нилуфар"),
    ("Nodira", "Нодира"),
    ("Oygul", "Ойгул"),
    ("Ozoda", "Озода"),
    ("Oʻgʻiloy", "Ўғилой"),
    ("Rayhon", "Райҳон"),
    ("Risolat", "Рисолат"),
    ("Robiya", "Робия"),
    ("Saida", "Саида"),
    ("Sevara", "Севара"),
    ("Shahnoza", "Шаҳноза"),
    ("Shahlo", "Шаҳло"),
    ("Shoira", "Шоира"),
    ("Sitora", "Ситора"),
    ("Umida", "Умида"),
    ("Xurshida", "Хуршида"),
    ("Yulduz", "Юлдуз"),
    ("Zarina", "Зарина"),
    ("Zilola", "Зилола"),
    ("Zuhra", "Зуҳра"),
    ("Gʻuncha", "Ғунча"),
    ("Mavluda", "Мавлуда"),
    ("Mastura", "Мастура"),
    ("Moʻtabar", "Мўътабар"),
    ("Dildora", "Дилдора"),
    ("Durdona", "Дурдона"),
    ("Fotima", "Фотима"),
    ("Hulkar", "Ҳулкар"),
    ("Komila", "Комила"),
    ("Maftuna", "Мафтуна"),
    ("Nafisa", "Нафиса"),
    ("Parizoda", "Паризода"),
    ("Sabohat", "Сабоҳат"),
    ("Sanobar", "Санобар"),
    ("Shirin", "Ширин"),
    ("Yorqinoy", "Ёрқиной"),
    ("Zebo", "Зебо"),
    ("Dilbar", "Дилбар"),
    ("Maʼmura", "Маъмура"),
    ("Muqaddas", "Муқаддас"),
    ("Oydin", "Ойдин"),
)
# Uzbek surnames, masculine, as (Latin, Cyrillic); the feminine adds "a" / "а".
_UZ_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Karimov", "Каримов"),
    ("Aliyev", "Алиев"),
    ("Toshmatov", "Тошматов"),
    ("Gʻafurov", "Ғафуров"),
    ("Qodirov", "Қодиров"),
    ("Hasanov", "Ҳасанов"),
    ("Husanov", "Ҳусанов"),
    ("Toʻxtayev", "Тўхтаев"),
    ("Ergashev", "Эргашев"),
    ("Rahimov", "Раҳимов"),
    ("Yusupov", "Юсупов"),
    ("Abdullayev", "Абдуллаев"),
    ("Rashidov", "Рашидов"),
    ("Saidov", "Саидов"),
    ("Nazarov", "Назаров"),
    ("Xolmatov", "Холматов"),
    ("Mirzayev", "Мирзаев"),
    ("Murodov", "Муродов"),
    ("Nurmatov", "Нурматов"),
    ("Sobirov", "Собиров"),
    ("Umarov", "Умаров"),
    ("Usmonov", "Усмонов"),
    ("Yoʻldoshev", "Йўлдошев"),
    ("Joʻrayev", "Жўраев"),
    ("Qosimov", "Қосимов"),
    ("Qurbonov", "Қурбонов"),
    ("Ismoilov", "Исмоилов"),
    ("Ibragimov", "Ибрагимов"),
    ("Ahmedov", "Аҳмедов"),
    ("Mahmudov", "Маҳмудов"),
    ("Sultonov", "Султонов"),
    ("Tursunov", "Турсунов"),
    ("Xoʻjayev", "Хўжаев"),
    ("Valiyev", "Валиев"),
    ("Zokirov", "Зокиров"),
    ("Haydarov", "Ҳайдаров"),
    ("Shukurov", "Шукуров"),
    ("Normatov", "Норматов"),
    ("Boboyev", "Бобоев"),
    ("Davletov", "Давлетов"),
    ("Egamberdiyev", "Эгамбердиев"),
    ("Fayzullayev", "Файзуллаев"),
    ("Gʻaniyev", "Ғаниев"),
    ("Hamroyev", "Ҳамроев"),
    ("Inoyatov", "Иноятов"),
    ("Jalilov", "Жалилов"),
    ("Kamolov", "Камолов"),
    ("Latipov", "Латипов"),
    ("Madaminov", "Мадаминов"),
    ("Nabiyev", "Набиев"),
    ("Olimov", "Олимов"),
    ("Oʻrinov", "Ўринов"),
    ("Pardayev", "Пардаев"),
    ("Qayumov", "Қаюмов"),
    ("Rustamov", "Рустамов"),
    ("Safarov", "Сафаров"),
    ("Shodiyev", "Шодиев"),
    ("Tojiyev", "Тожиев"),
    ("Xudoyberdiyev", "Худойбердиев"),
    ("Yoqubov", "Ёқубов"),
    ("Zaripov", "Зарипов"),
    ("Azimov", "Азимов"),
    ("Bakirov", "Бакиров"),
    ("Choriyev", "Чориев"),
    ("Doʻstmatov", "Дўстматов"),
    ("Eshonqulov", "Эшонқулов"),
    ("Gʻoyibov", "Ғойибов"),
    ("Hakimov", "Ҳакимов"),
    ("Islomov", "Исломов"),
    ("Jumayev", "Жумаев"),
    ("Komilov", "Комилов"),
    ("Musayev", "Мусаев"),
    ("Norqobilov", "Норқобилов"),
    ("Otajonov", "Отажонов"),
    ("Polvonov", "Полвонов"),
    ("Qahhorov", "Қаҳҳоров"),
    ("Rajabov", "Ражабов"),
    ("Sattorov", "Сатторов"),
    ("Tillayev", "Тиллаев"),
    ("Yunusov", "Юнусов"),
    ("Berdiyev", "Бердиев"),
    ("Sharipov", "Шарипов"),
    ("Mamatov", "Маматов"),
    ("Alimov", "Алимов"),
    ("Davronov", "Давронов"),
    ("Ochilov", "Очилов"),
)
# Russian given names; a male name carries its patronymic (masculine form).
_RU_MALE: tuple[tuple[str, str], ...] = tuple(
    (male, patronymic)
    for male, patronymic in (
        pair.split(":")
        for pair in _words(
            "Александр:Александрович Алексей:Алексеевич Андрей:Андреевич Антон:Антонович "
            "Артём:Артёмович Борис:Борисович Вадим:Вадимович Валентин:Валентинович "
            "Валерий:Валерьевич Василий:Васильевич Виктор:Викторович Виталий:Витальевич "
            "Владимир:Владимирович Владислав:Владиславович Вячеслав:Вячеславович "
            "Геннадий:Геннадьевич Георгий:Георгиевич Глеб:Глебович Григорий:Григорьевич "
            "Денис:Денисович Дмитрий:Дмитриевич Евгений:Евгеньевич Егор:Егорович Иван:Иванович "
            "Игорь:Игоревич Илья:Ильич Кирилл:Кириллович Константин:Константинович "
            "Леонид:Леонидович Максим:Максимович Михаил:Михайлович Никита:Никитич "
            "Николай:Николаевич Олег:Олегович Павел:Павлович Пётр:Петрович Роман:Романович "
            "Руслан:Русланович Сергей:Сергеевич Станислав:Станиславович Степан:Степанович "
            "Тимур:Тимурович Фёдор:Фёдорович Юрий:Юрьевич Ярослав:Ярославович "
            "Аркадий:Аркадьевич Эдуард:Эдуардович Анатолий:Анатольевич Семён:Семёнович "
            "Матвей:Матвеевич Лев:Львович Марат:Маратович Ринат:Ринатович Рустам:Рустамович "
            "Тимофей:Тимофеевич Даниил:Даниилович Вениамин:Вениаминович Всеволод:Всеволодович "
            "Ростислав:Ростиславович Эльдар:Эльдарович Артур:Артурович Яков:Яковлевич "
            "Филипп:Филиппович Тарас:Тарасович"
        )
    )
)
_RU_FEMALE: tuple[str, ...] = tuple(
    _words(
        "Анна Алина Алла Алёна Анастасия Ангелина Антонина Валентина Валерия Вера Вероника "
        "Виктория Галина Дарья Диана Евгения Екатерина Елена Елизавета Жанна Зинаида Зоя "
        "Инна Ирина Карина Кира Клавдия Кристина Ксения Лариса Лидия Любовь Людмила "
        "Маргарита Марина Мария Надежда Наталья Нина Оксана Ольга Полина Раиса Светлана "
        "София Тамара Татьяна Ульяна Юлия Яна Эльвира Лилия Регина Римма Снежана Таисия "
        "Элеонора Эльмира Гульнара Дина Василиса Милана"
    )
)
# Russian surnames, masculine; the feminine turns -ий into -ая and adds "а" otherwise.
_RU_SURNAMES: tuple[str, ...] = tuple(
    _words(
        "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров "
        "Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев "
        "Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев "
        "Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв "
        "Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов "
        "Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров "
        "Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов "
        "Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов "
        "Мартынов Ефимов Федотов Щербаков Калинин Исаев Чернышёв Быков Маслов Родионов "
        "Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров "
        "Наумов Журавлёв Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов "
        "Никифоров Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов "
        "Ковалевский Вишневский Островский Савицкий"
    )
)

_VOWELS_LATN = frozenset("aeiou")
_VOWELS_CYRL = frozenset("аеёиоуэюяў")


def _uz_patronymics_latn(father: str) -> tuple[str, str, str, str]:
    """(son, daughter) in the traditional style, then (son, daughter) in the -ovich style."""
    last = father[-1]
    if last in _VOWELS_LATN:
        stem_m, stem_f = f"{father}yevich", f"{father}yevna"
    elif father.endswith(("sh", "ch", "j")):
        stem_m, stem_f = f"{father}evich", f"{father}evna"
    else:
        stem_m, stem_f = f"{father}ovich", f"{father}ovna"
    return f"{father} oʻgʻli", f"{father} qizi", stem_m, stem_f


def _uz_patronymics_cyrl(father: str) -> tuple[str, str, str, str]:
    last = father[-1]
    if last in _VOWELS_CYRL or last in "шчжщц":
        stem_m, stem_f = f"{father}евич", f"{father}евна"
    else:
        stem_m, stem_f = f"{father}ович", f"{father}овна"
    return f"{father} ўғли", f"{father} қизи", stem_m, stem_f


def _ru_female_patronymic(male: str) -> str:
    irregular = {"Ильич": "Ильинична", "Никитич": "Никитична"}
    if male in irregular:
        return irregular[male]
    return male[: -len("вич")] + "вна"


def _ru_female_surname(male: str) -> str:
    return male[:-2] + "ая" if male.endswith("ий") else male + "а"


@dataclass(frozen=True)
class _NameTable:
    """Prerendered name forms of one script; index 0 = male, 1 = female."""

    surnames: tuple[tuple[str, str], ...]  # (masculine, feminine)
    given: tuple[tuple[str, ...], tuple[str, ...]]
    # patronymics[style][father index] = (son's, daughter's)
    patronymics: tuple[tuple[tuple[str, str], ...], ...]
    style_weights: tuple[float, ...]  # cumulative, one per style


def _build_name_tables() -> dict[str, _NameTable]:
    latn_patr = [_uz_patronymics_latn(_nfc(latin)) for latin, _ in _UZ_MALE]
    cyrl_patr = [_uz_patronymics_cyrl(_nfc(cyrillic)) for _, cyrillic in _UZ_MALE]
    tables = {
        "uz-Latn": _NameTable(
            tuple((_nfc(m), _nfc(m + "a")) for m, _ in _UZ_SURNAMES),
            (tuple(_nfc(m) for m, _ in _UZ_MALE), tuple(_nfc(f) for f, _ in _UZ_FEMALE)),
            (tuple((p[0], p[1]) for p in latn_patr), tuple((p[2], p[3]) for p in latn_patr)),
            (0.5, 1.0),
        ),
        "uz-Cyrl": _NameTable(
            tuple((_nfc(m), _nfc(m + "а")) for _, m in _UZ_SURNAMES),
            (tuple(_nfc(m) for _, m in _UZ_MALE), tuple(_nfc(f) for _, f in _UZ_FEMALE)),
            (tuple((p[0], p[1]) for p in cyrl_patr), tuple((p[2], p[3]) for p in cyrl_patr)),
            (0.35, 1.0),
        ),
        "ru": _NameTable(
            tuple((_nfc(m), _nfc(_ru_female_surname(m))) for m in _RU_SURNAMES),
            (tuple(_nfc(m) for m, _ in _RU_MALE), tuple(_nfc(f) for f in _RU_FEMALE)),
            (tuple((_nfc(p), _nfc(_ru_female_patronymic(p))) for _, p in _RU_MALE),),
            (1.0,),
        ),
    }
    return tables


_NAMES: dict[str, _NameTable] = _build_name_tables()

# ASCII transliteration (for e-mail addresses) of every name form, computed once.
_TRANSLIT: dict[str, str] = {
    "ʻ": "",
    "ʼ": "",
    "ў": "o",
    "ғ": "g",
    "қ": "q",
    "ҳ": "h",
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}
_UZ_CYRL_TRANSLIT = {**_TRANSLIT, "ж": "j", "х": "x"}


def _to_ascii(name: str, table: dict[str, str]) -> str:
    out = "".join(table.get(ch, ch) for ch in name.lower())
    out = "".join(ch for ch in out if ch.isascii() and ch.isalnum())
    return out


def _build_ascii() -> dict[str, str]:
    mapping: dict[str, str] = {}
    for script, table in _NAMES.items():
        chars = _UZ_CYRL_TRANSLIT if script == "uz-Cyrl" else _TRANSLIT
        for pair in table.surnames:
            for form in pair:
                mapping[form] = _to_ascii(form, chars)
        for forms in table.given:
            for form in forms:
                mapping[form] = _to_ascii(form, chars)
    return mapping


_ASCII: dict[str, str] = _build_ascii()
_MAIL_DOMAINS: tuple[tuple[str, ...], tuple[float, ...]] = _weighted(
    [
        ("gmail.com", 0.45),
        ("mail.ru", 0.2),
        ("mail.uz", 0.1),
        ("umail.uz", 0.05),
        ("yandex.ru", 0.1),
        ("inbox.uz", 0.05),
        ("list.ru", 0.05),
    ]
)

_SCRIPT_SHARES = _weighted([("uz-Latn", 0.6), ("uz-Cyrl", 0.2), ("ru", 0.2)])


def _draw_name(rng: random.Random, table: _NameTable, female: int) -> tuple[str, str, str]:
    surname = _choice(rng, table.surnames)[female]
    given = _choice(rng, table.given[female])
    weights = table.style_weights
    style = table.patronymics[bisect_right(weights, rng.random()) if len(weights) > 1 else 0]
    patronymic = _choice(rng, style)[female]
    return surname, given, patronymic


def person_name(rng: random.Random, script: str, *, sex: str | None = None) -> tuple[str, str, str]:
    """A realistic (surname, given name, patronymic) in ``script``.

    ``script`` is "uz-Latn", "uz-Cyrl" or "ru"; ``sex`` ("male" or "female") is drawn at even
    odds when not given. Uzbek patronymics come in both styles in use, "Akmal oʻgʻli" /
    "Akmal qizi" and "Akmalovich" / "Akmalovna".
    """
    table = _NAMES.get(script)
    if table is None:
        raise ValueError(f"unknown script {script!r}; expected one of {SCRIPTS}")
    if sex is None:
        female = int(rng.random() < 0.5)
    elif sex in ("male", "female"):
        female = int(sex == "female")
    else:
        raise ValueError(f"sex must be 'male' or 'female', not {sex!r}")
    return _draw_name(rng, table, female)


def _email(rng: random.Random, surname: str, given: str, birth_year: int) -> str:
    s, g = _ASCII[surname], _ASCII[given]
    yy = f"{birth_year % 100:02d}"
    style = _below(rng, 6)
    if style == 0:
        local = f"{g}.{s}"
    elif style == 1:
        local = f"{s}.{g}"
    elif style == 2:
        local = f"{g}{s}{yy}"
    elif style == 3:
        local = f"{g[0]}.{s}"
    elif style == 4:
        local = f"{s}{yy}"
    else:
        local = f"{g}_{_between(rng, 1, 999)}"
    return f"{local}@{_pick(rng, _MAIL_DOMAINS)}"


# --- Identifiers and contacts ---------------------------------------------------------------

# (century, is female) → first digit of the PINFL.
_CENTURY_DIGIT = {
    (1800, 0): "1",
    (1800, 1): "2",
    (1900, 0): "3",
    (1900, 1): "4",
    (2000, 0): "5",
    (2000, 1): "6",
}


def pinfl(rng: random.Random, birth_date: datetime.date, sex: str) -> str:
    """A valid 14-digit PINFL for a person born on ``birth_date`` of ``sex``.

    Digit 1 is century and sex, digits 2–7 the birth date DDMMYY, 8–10 the area, 11–13 a
    serial number and digit 14 the check digit of ``identifiers.pinfl_check_digit``.
    """
    if sex not in ("male", "female"):
        raise ValueError(f"sex must be 'male' or 'female', not {sex!r}")
    year = birth_date.year
    first = _CENTURY_DIGIT.get((year - year % 100, int(sex == "female")))
    if first is None:
        raise ValueError(f"a PINFL encodes birth years 1800–2099, not {year}")
    area = _between(rng, 10, 999)
    serial = _between(rng, 1, 999)
    body = (
        f"{first}{birth_date.day:02d}{birth_date.month:02d}{year % 100:02d}{area:03d}{serial:03d}"
    )
    return f"{body}{pinfl_check_digit(body)}"


def _passport(rng: random.Random) -> str:
    return f"{_choice(rng, PASSPORT_SERIES)}{_between(rng, 1, 9_999_999):07d}"


def _phone(rng: random.Random) -> str:
    return f"+998{_choice(rng, PHONE_PREFIXES)}{_between(rng, 1_000_000, 9_999_999)}"


def fake_attachment(rng: random.Random, name: str, mime: str = "application/pdf") -> dict[str, Any]:
    """Metadata of an attached file that does not exist: a random SHA-256, a plausible size."""
    return {
        "sha256": f"{rng.getrandbits(256):064x}",
        "name": name,
        "size": _between(rng, 20_000, 2_000_000),
        "mime": mime,
    }


def _scan_attachment(rng: random.Random, stem: str) -> dict[str, Any]:
    """Mostly a PDF, sometimes a phone photo of the paper."""
    if rng.random() < 0.85:
        return fake_attachment(rng, f"{stem}.pdf")
    return fake_attachment(rng, f"{stem}.jpg", "image/jpeg")


# --- Candidates ----------------------------------------------------------------------------

# Parties and the day each was founded (approx.; membership cannot start earlier).
_PARTY_ROWS: tuple[tuple[str, datetime.date, float], ...] = (
    ("Oʻzbekiston Liberal-demokratik partiyasi", datetime.date(2003, 11, 15), 0.3),
    ("Oʻzbekiston «Milliy tiklanish» demokratik partiyasi", datetime.date(1995, 6, 3), 0.2),
    ("Oʻzbekiston Xalq demokratik partiyasi", datetime.date(1991, 11, 1), 0.2),
    ("Oʻzbekiston «Adolat» sotsial-demokratik partiyasi", datetime.date(1995, 2, 18), 0.15),
    ("Oʻzbekiston Ekologik partiyasi", datetime.date(2019, 1, 8), 0.15),
)
PARTIES: tuple[str, ...] = tuple(_nfc(name) for name, _, _ in _PARTY_ROWS)
_PARTY_TABLE = _weighted(
    [
        ((PARTIES[i], founded.toordinal()), weight)
        for i, (_, founded, weight) in enumerate(_PARTY_ROWS)
    ]
)

_BIRTH_MIN = datetime.date(REFERENCE_DATE.year - CANDIDATE_AGE_RANGE[1] - 1, 1, 2).toordinal()
_BIRTH_MAX = datetime.date(REFERENCE_DATE.year - CANDIDATE_AGE_RANGE[0], 1, 1).toordinal()
_LAST_JOIN = (REFERENCE_DATE - datetime.timedelta(days=1)).toordinal()

_NATIONALITY_UZ = _weighted(
    [
        ("oʻzbek", 0.86),
        ("tojik", 0.05),
        ("qozoq", 0.04),
        ("qoraqalpoq", 0.03),
        ("turkman", 0.01),
        ("qirgʻiz", 0.01),
    ]
)
_NATIONALITY_KARAKALPAKSTAN = _weighted(
    [("qoraqalpoq", 0.45), ("oʻzbek", 0.4), ("qozoq", 0.12), ("turkman", 0.03)]
)
_NATIONALITY_RU = _weighted(
    [
        ("rus", 0.78),
        ("tatar", 0.08),
        ("ukrain", 0.05),
        ("koreys", 0.05),
        ("belarus", 0.02),
        ("arman", 0.02),
    ]
)
NATIONALITIES: tuple[str, ...] = tuple(
    dict.fromkeys(_NATIONALITY_UZ[0] + _NATIONALITY_KARAKALPAKSTAN[0] + _NATIONALITY_RU[0])
)

_EDUCATION = _weighted(
    [("secondary", 0.05), ("vocational", 0.17), ("higher", 0.63), ("postgraduate", 0.15)]
)

# (speciality, profession, position, workplace template). Templates may use {n} (a number),
# {district} / {region} (adjectival place names), {university}, {brand} and {mahalla}.
_Occupation = tuple[str, str, str, str]
_HIGHER_JOBS: tuple[_Occupation, ...] = (
    (
        "Boshlangʻich taʼlim",
        "oʻqituvchi",
        "boshlangʻich sinf oʻqituvchisi",
        "{n}-son umumiy oʻrta taʼlim maktabi",
    ),
    (
        "Pedagogika va psixologiya",
        "pedagog",
        "direktorning oʻquv ishlari boʻyicha oʻrinbosari",
        "{n}-son umumiy oʻrta taʼlim maktabi",
    ),
    (
        "Matematika",
        "oʻqituvchi",
        "matematika fani oʻqituvchisi",
        "{n}-son umumiy oʻrta taʼlim maktabi",
    ),
    ("Oʻzbek tili va adabiyoti", "filolog", "dotsent", "{university}"),
    ("Tarix", "tarixchi", "katta oʻqituvchi", "{university}"),
    ("Huquqshunoslik", "yurist", "yuriskonsult", "{district_administration}"),
    ("Huquqshunoslik", "advokat", "advokat", "«{brand}» advokatlik byurosi"),
    ("Iqtisodiyot", "iqtisodchi", "boʻlim boshligʻi", "«Xalq banki» AT {district} filiali"),
    ("Moliya", "moliyachi", "bosh mutaxassis", "{district} moliya boʻlimi"),
    ("Davolash ishi", "shifokor", "terapevt", "{district} tibbiyot birlashmasi"),
    ("Pediatriya", "shifokor", "bosh shifokor", "{n}-son oilaviy poliklinika"),
    ("Agronomiya", "agronom", "fermer xoʻjaligi rahbari", "«{brand}» fermer xoʻjaligi"),
    (
        "Qishloq xoʻjaligini mexanizatsiyalash",
        "muhandis-mexanik",
        "bosh muhandis",
        "«{brand} Agro» MChJ",
    ),
    ("Qurilish muhandisligi", "muhandis", "loyiha bosh muhandisi", "«{brand} Qurilish» MChJ"),
    (
        "Elektr energetikasi",
        "muhandis-energetik",
        "boʻlim boshligʻi",
        "«Hududiy elektr tarmoqlari» AJ {region} filiali",
    ),
    ("Jurnalistika", "jurnalist", "bosh muharrir", "{region} gazetasi tahririyati"),
    (
        "Davlat va jamiyat boshqaruvi",
        "davlat xizmatchisi",
        "bosh mutaxassis",
        "{region_administration}",
    ),
    ("Ijtimoiy ish", "ijtimoiy xodim", "rais", "«{mahalla}» mahalla fuqarolar yigʻini"),
    ("Iqtisodiyot", "tadbirkor", "direktor", "«{brand} Savdo» MChJ"),
    ("Axborot texnologiyalari", "dasturchi", "yetakchi dasturchi", "«{brand} Soft» MChJ"),
    (
        "Jismoniy madaniyat",
        "murabbiy",
        "bosh murabbiy",
        "{n}-son bolalar va oʻsmirlar sport maktabi",
    ),
    ("Buxgalteriya hisobi va audit", "buxgalter", "bosh buxgalter", "xususiy korxona"),
    ("Maktabgacha taʼlim", "tarbiyachi", "mudira", "{n}-son maktabgacha taʼlim tashkiloti"),
)
_ACADEMIC_JOBS: tuple[_Occupation, ...] = (
    ("Oʻzbek tili va adabiyoti", "filolog", "professor", "{university}"),
    ("Tarix", "tarixchi", "kafedra mudiri", "{university}"),
    ("Iqtisodiyot", "iqtisodchi", "dotsent", "{university}"),
    ("Pedagogika nazariyasi va tarixi", "pedagog", "prorektor", "{university}"),
    ("Huquqshunoslik", "yurist", "dotsent", "{university}"),
)
_VOCATIONAL_JOBS: tuple[_Occupation, ...] = (
    ("Hamshiralik ishi", "hamshira", "katta hamshira", "{n}-son oilaviy poliklinika"),
    (
        "Elektr montaj ishlari",
        "elektrik",
        "elektromonter",
        "«Hududiy elektr tarmoqlari» AJ {district} elektr tarmoqlari korxonasi",
    ),
    ("Avtomobilga texnik xizmat koʻrsatish", "avtomexanik", "usta", "xususiy korxona"),
    ("Tikuvchilik", "tikuvchi", "sex boshligʻi", "«{brand} Tekstil» MChJ"),
    ("Savdo ishi", "sotuvchi", "doʻkon mudiri", "yakka tartibdagi tadbirkor"),
    ("Qishloq xoʻjaligi", "fermer", "fermer xoʻjaligi rahbari", "«{brand}» fermer xoʻjaligi"),
    ("Buxgalteriya hisobi", "hisobchi", "hisobchi", "{n}-son maktabgacha taʼlim tashkiloti"),
    ("Oshpazlik", "oshpaz", "bosh oshpaz", "«{brand}» restorani"),
    ("Payvandlash ishlari", "payvandchi", "brigadir", "«{brand} Qurilish» MChJ"),
)
_NO_SPECIALITY = "mutaxassisligi yoʻq"

_UNIVERSITIES: dict[str, tuple[str, ...]] = {
    "karakalpakstan": ("Berdaq nomidagi Qoraqalpoq davlat universiteti",),
    "andijan": ("Andijon davlat universiteti", "Andijon davlat tibbiyot instituti"),
    "bukhara": ("Buxoro davlat universiteti",),
    "jizzakh": ("Jizzax davlat pedagogika universiteti", "Jizzax politexnika instituti"),
    "kashkadarya": ("Qarshi davlat universiteti",),
    "navoi": ("Navoiy davlat konchilik va texnologiyalar universiteti",),
    "namangan": ("Namangan davlat universiteti",),
    "samarkand": ("Samarqand davlat universiteti", "Samarqand davlat tibbiyot universiteti"),
    "surkhandarya": ("Termiz davlat universiteti",),
    "syrdarya": ("Guliston davlat universiteti",),
    "tashkent_region": ("Chirchiq davlat pedagogika universiteti",),
    "fergana": ("Fargʻona davlat universiteti", "Qoʻqon davlat pedagogika instituti"),
    "khorezm": ("Urganch davlat universiteti",),
    "tashkent_city": (
        "Oʻzbekiston Milliy universiteti",
        "Toshkent davlat yuridik universiteti",
        "Toshkent davlat iqtisodiyot universiteti",
        "Toshkent davlat texnika universiteti",
    ),
}
_UNIVERSITY_TABLE: tuple[tuple[str, ...], ...] = tuple(
    tuple(_nfc(u) for u in _UNIVERSITIES[code]) for code in REGIONS
)

_PREVIOUS_OFFICES: tuple[str, ...] = (
    "{y1}–{y2}-yillarda {district_council}i deputati boʻlgan.",
    "{y1}-yilda {region_council}iga deputat etib saylangan va {y2}-yilgacha "
    "doimiy komissiya raisi vazifasini bajargan.",
    "{y1}-yildan {y2}-yilgacha {district} hokimining oʻrinbosari lavozimida ishlagan.",
    "Partiyaning {district} kengashi raisi oʻrinbosari sifatida {y1}–{y2}-yillarda faoliyat "
    "yuritgan.",
    "{y1}-yildan beri «{mahalla}» mahalla fuqarolar yigʻini raisining maslahatchisi.",
    "{y1}–{y2}-yillarda {district} saylov komissiyasining aʼzosi boʻlgan.",
    "{y1}-yilda Oliy Majlis Qonunchilik palatasi deputatining yordamchisi etib tayinlangan va "
    "{y2}-yilgacha shu lavozimda ishlagan.",
    "{y1}–{y2}-yillarda Oʻzbekiston yoshlar ittifoqining {district} kengashiga rahbarlik qilgan.",
    "{y1}-yildan {y2}-yilgacha «{brand}» MChJ kuzatuv kengashi aʼzosi boʻlgan.",
    "{y1}–{y2}-yillarda {region_administration}da bosh mutaxassis boʻlib ishlagan.",
    "{y1}-yilda «Shuhrat» medali bilan taqdirlangan; {y2}-yildan jamoatchilik asosida "
    "{district} xotin-qizlar qoʻmitasi faoli.",
)


class _Fill(dict[str, object]):
    """Values for a text template; the random ones are drawn only if the template uses them."""

    __slots__ = ("_region", "_rng")

    def __init__(self, rng: random.Random, region_index: int, /, **fixed: object) -> None:
        super().__init__(fixed)
        self._rng = rng
        self._region = region_index

    def __missing__(self, key: str) -> object:
        if key == "n":
            return _between(self._rng, 1, 120)
        if key == "brand":
            return _choice(self._rng, _BRANDS)
        if key == "mahalla":
            return _choice(self._rng, _MAHALLAS)
        if key == "university":
            return _choice(self._rng, _UNIVERSITY_TABLE[self._region])
        raise KeyError(key)


def _previous_offices(
    rng: random.Random, birth_year: int, district: _Place, region_index: int
) -> str:
    region = _REGION_PLACES[region_index]
    first_year = min(birth_year + 22, 2023)
    count = _between(rng, 1, 3)
    templates: list[str] = []
    while len(templates) < count:
        template = _choice(rng, _PREVIOUS_OFFICES)
        if template not in templates:
            templates.append(template)
    sentences: list[tuple[int, str]] = []
    for template in templates:
        y1 = _between(rng, first_year, 2023)
        y2 = _between(rng, y1 + 1, 2025)
        fill = _Fill(rng, region_index, y1=y1, y2=y2, district=district.adj)
        fill.update(district_council=district.council, region_council=region.council)
        fill["region_administration"] = region.administration
        sentences.append((y1, template.format_map(fill)))
    sentences.sort(key=lambda item: item[0])  # a career reads in order
    return " ".join(text for _, text in sentences)


def _occupation(
    rng: random.Random, education: str, region: int, district: _Place, birth_year: int
) -> tuple[str, str, str, str]:
    if education == "postgraduate" and rng.random() < 0.5:
        job = _choice(rng, _ACADEMIC_JOBS)
    elif education in ("higher", "postgraduate"):
        job = _choice(rng, _HIGHER_JOBS)
    else:
        job = _choice(rng, _VOCATIONAL_JOBS)
    speciality, profession, position, template = job
    if education == "secondary":
        speciality = _NO_SPECIALITY
    if birth_year <= REFERENCE_DATE.year - 62 and rng.random() < 0.3:
        return speciality, profession, "nafaqaxoʻr", "ishlamaydi"
    workplace = template
    if "{" in template:
        place = _REGION_PLACES[region]
        fill = _Fill(rng, region, district=district.adj, region=place.adj)
        fill["district_administration"] = district.administration
        fill["region_administration"] = place.administration
        workplace = template.format_map(fill)
    return speciality, profession, position, workplace


def _plus_years(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return datetime.date(day.year + years, 3, 1)


def candidate_nomination_fields(
    rng: random.Random, *, campaign_id: str | None = None
) -> dict[str, Any]:
    """Fields of a ``candidate_nomination`` case, as a party would submit them."""
    record: dict[str, Any] = {}
    if campaign_id is not None:
        record["campaign"] = campaign_id

    script = _pick(rng, _SCRIPT_SHARES)
    cyrillic = script == "uz-Cyrl"
    constituency = _CONSTITUENCIES[_below(rng, len(_CONSTITUENCIES))]
    region_place = _REGION_PLACES[constituency.region]
    record["constituency_name"] = constituency.name_cyr if cyrillic else constituency.name
    record["constituency_number"] = constituency.number

    party, party_founded = _pick(rng, _PARTY_TABLE)
    record["nominating_party"] = party
    if rng.random() < 0.7:
        body = region_place.adj_cyr if cyrillic else region_place.adj
    else:
        district_place = _choice(rng, _DISTRICT_PLACES[constituency.region])
        body = district_place.adj_cyr if cyrillic else district_place.adj
    record["party_body"] = f"{body} кенгаши" if cyrillic else f"{body} kengashi"

    female = int(rng.random() < 0.42)  # parties must nominate at least 40% women
    sex = "female" if female else "male"
    surname, given, patronymic = _draw_name(rng, _NAMES[script], female)
    record["surname"] = surname
    record["given_name"] = given
    record["patronymic"] = patronymic

    born = datetime.date.fromordinal(_between(rng, _BIRTH_MIN, _BIRTH_MAX))
    record["birth_date"] = born.isoformat()
    record["gender"] = sex
    record["pinfl"] = pinfl(rng, born, sex)
    record["passport"] = _passport(rng)

    # Residence: mostly in the constituency's region.
    region = constituency.region if rng.random() < 0.85 else _below(rng, len(REGIONS))
    district = _choice(rng, _DISTRICT_PLACES[region])

    if script == "ru":
        record["nationality"] = _pick(rng, _NATIONALITY_RU)
    elif region == _KARAKALPAKSTAN:
        record["nationality"] = _pick(rng, _NATIONALITY_KARAKALPAKSTAN)
    else:
        record["nationality"] = _pick(rng, _NATIONALITY_UZ)

    education = _pick(rng, _EDUCATION)
    record["education"] = education
    speciality, profession, position, workplace = _occupation(
        rng, education, region, district, born.year
    )
    record["speciality"] = speciality
    record["profession"] = profession
    record["position"] = position
    record["workplace"] = workplace

    member = rng.random() < 0.85
    record["party_member"] = member
    if member:
        adult = _plus_years(born, 18).toordinal() + 1
        since = _between(rng, max(adult, party_founded), _LAST_JOIN)
        record["party_member_since"] = datetime.date.fromordinal(since).isoformat()

    record["residence_region"] = REGIONS[region]
    record["residence_district"] = district.of
    record["residence_address"] = _street_address(rng, cyrillic)
    record["phone"] = _phone(rng)
    if rng.random() < 0.4:
        record["email"] = _email(rng, surname, given, born.year)
    if rng.random() < 0.5:
        record["previous_offices"] = _previous_offices(rng, born.year, district, region)
    incompatible = rng.random() < 0.1
    record["holds_incompatible_office"] = incompatible

    record["party_decision"] = _scan_attachment(rng, "partiya_qarori")
    record["meeting_protocol"] = _scan_attachment(rng, "yigʻilish_bayonnomasi")
    record["consent"] = _scan_attachment(rng, "rozilik_arizasi")
    if incompatible:
        record["resignation_application"] = _scan_attachment(rng, "lavozimdan_ketish_arizasi")
    return record


# --- Students -----------------------------------------------------------------------------

# Pupils start grade 1 in the calendar year they turn 7; grade = 2019 - birth year in 2025/26.
_STUDENT_BIRTH_MIN = datetime.date(SCHOOL_YEAR_START.year - 17, 1, 2).toordinal()
_STUDENT_BIRTH_MAX = datetime.date(SCHOOL_YEAR_START.year - 7, 12, 31).toordinal()
_FIRST_GRADE_BIRTH_YEAR = SCHOOL_YEAR_START.year - 7

_LANGUAGE_TABLE = _weighted([("uz", 0.75), ("ru", 0.15), ("kaa", 0.05), ("tg", 0.03), ("kk", 0.02)])
# Schools teaching in Karakalpak, Tajik and Kazakh are in the regions where these are spoken.
_LANGUAGE_REGIONS: dict[str, tuple[int, ...]] = {
    "kaa": (_KARAKALPAKSTAN,),
    "tg": tuple(REGIONS.index(r) for r in ("samarkand", "bukhara", "surkhandarya", "namangan")),
    "kk": tuple(
        REGIONS.index(r) for r in ("karakalpakstan", "tashkent_region", "jizzakh", "navoi")
    ),
}
_REGION_WEIGHTS = _weighted(
    # Roughly the population of each region, in hundred thousands.
    list(
        zip(
            range(len(REGIONS)),
            (20, 34, 20, 15, 35, 10, 30, 42, 28, 9, 30, 39, 19, 30),
            strict=True,
        )
    )
)


def student_fields(rng: random.Random, *, class_id: str | None = None) -> dict[str, Any]:
    """Fields of a ``student`` register record: a pupil of grades 1–11 in 2025/26."""
    language = _pick(rng, _LANGUAGE_TABLE)
    if language == "ru":
        script = "ru" if rng.random() < 0.5 else "uz-Latn"
    else:
        script = "uz-Cyrl" if rng.random() < 0.08 else "uz-Latn"
    cyrillic = script == "uz-Cyrl"
    table = _NAMES[script]
    female = int(rng.random() < 0.49)
    sex = "female" if female else "male"

    family = _choice(rng, table.surnames)
    style = table.patronymics[
        bisect_right(table.style_weights, rng.random()) if len(table.style_weights) > 1 else 0
    ]
    father = _below(rng, len(table.given[0]))

    born = datetime.date.fromordinal(_between(rng, _STUDENT_BIRTH_MIN, _STUDENT_BIRTH_MAX))
    record: dict[str, Any] = {
        "surname": family[female],
        "given_name": _choice(rng, table.given[female]),
        "patronymic": style[father][female],
        "birth_date": born.isoformat(),
        "gender": sex,
        "pinfl": pinfl(rng, born, sex),
    }
    if class_id is not None:
        record["class"] = class_id
    record["grade"] = _FIRST_GRADE_BIRTH_YEAR - born.year + 1
    record["language"] = language

    if language in _LANGUAGE_REGIONS:
        region = _choice(rng, _LANGUAGE_REGIONS[language])
    else:
        region = _pick(rng, _REGION_WEIGHTS)
    region_place = _REGION_PLACES[region]
    district = _choice(rng, _DISTRICT_PLACES[region])
    street = _street_address(rng, cyrillic)
    if cyrillic:
        record["address"] = f"{region_place.of_cyr}, {district.of_cyr}, {street}"
    else:
        record["address"] = f"{region_place.of}, {district.of}, {street}"

    if rng.random() < 0.6:
        parent = (
            family[0],
            table.given[0][father],
            _choice(rng, style)[0],
        )
    else:
        parent = (family[1], _choice(rng, table.given[1]), _choice(rng, style)[1])
    record["parent_name"] = " ".join(parent)
    record["parent_phone"] = _phone(rng)
    return record


# --- Campaigns ----------------------------------------------------------------------------

_SUNDAYS: tuple[datetime.date, ...] = tuple(
    day
    for day in (
        datetime.date.fromordinal(o)
        for o in range(datetime.date(2026, 1, 1).toordinal(), datetime.date(2029, 1, 1).toordinal())
    )
    if day.weekday() == 6
)
_ELECTION_TYPES = _weighted(
    [("parliament", 0.3), ("regional_council", 0.3), ("district_council", 0.3), ("president", 0.1)]
)


def campaign_fields(rng: random.Random) -> dict[str, Any]:
    """Fields of a ``campaign`` register record: an election and the day it was announced."""
    election_type = _pick(rng, _ELECTION_TYPES)
    day = _choice(rng, _SUNDAYS)
    if election_type == "parliament":
        title = "Oʻzbekiston Respublikasi Oliy Majlisi Qonunchilik palatasiga saylov"
    elif election_type == "president":
        title = "Oʻzbekiston Respublikasi Prezidenti saylovi"
    elif election_type == "regional_council":
        title = f"{_choice(rng, _REGION_PLACES).council}iga saylov"
    else:
        title = f"{_choice(rng, _choice(rng, _DISTRICT_PLACES)).council}iga saylov"
    announced = day - datetime.timedelta(days=_between(rng, 95, 105))
    return {
        "title": f"{day.year}-yilgi {title}",
        "election_type": election_type,
        "election_day": day.isoformat(),
        "announced_on": announced.isoformat(),
    }
