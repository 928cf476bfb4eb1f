"""The words printed on documents, in the four languages of the program, and date styles.

Field values (names, parties, addresses) print as people typed them; only the document's own
words come from here. Every key has all four languages — a test checks it — so a document
never falls back to English in the middle of an Uzbek page.
"""

from __future__ import annotations

from datetime import date, datetime

LANGUAGES = ("en", "uz-Latn", "uz-Cyrl", "ru")


def in_languages(en: str, uz_latn: str, uz_cyrl: str, ru: str) -> dict[str, str]:
    """One text in the four languages, in the order of :data:`LANGUAGES`."""
    return {"en": en, "uz-Latn": uz_latn, "uz-Cyrl": uz_cyrl, "ru": ru}


_l = in_languages


LABELS: dict[str, dict[str, str]] = {
    # --- document titles ----------------------------------------------------------------
    "receipt": _l("RECEIPT", "TILXAT", "ТИЛХАТ", "РАСПИСКА"),
    "receipt_sub": _l("of the documents accepted", "hujjatlar qabul qilinganligi toʻgʻrisida",
                      "ҳужжатлар қабул қилинганлиги тўғрисида", "в приёме документов"),
    "decision": _l("DECISION", "QAROR", "ҚАРОР", "РЕШЕНИЕ"),
    "certificate_candidate": _l("CANDIDATE'S CERTIFICATE", "NOMZOD GUVOHNOMASI",
                                "НОМЗОД ГУВОҲНОМАСИ", "УДОСТОВЕРЕНИЕ КАНДИДАТА"),
    "certificate_representative": _l("TRUSTED REPRESENTATIVE'S CERTIFICATE",
                                     "ISHONCHLI VAKIL GUVOHNOMASI",
                                     "ИШОНЧЛИ ВАКИЛ ГУВОҲНОМАСИ",
                                     "УДОСТОВЕРЕНИЕ ДОВЕРЕННОГО ЛИЦА"),
    "mandate": _l("OBSERVER'S MANDATE", "KUZATUVCHI MANDATI", "КУЗАТУВЧИ МАНДАТИ",
                  "МАНДАТ НАБЛЮДАТЕЛЯ"),
    "journal_incoming": _l("Journal of incoming documents",
                           "Kiruvchi hujjatlarni roʻyxatga olish jurnali",
                           "Кирувчи ҳужжатларни рўйхатга олиш журнали",
                           "Журнал регистрации входящих документов"),
    "journal_decisions": _l("Journal of decisions", "Qarorlarni roʻyxatga olish jurnali",
                            "Қарорларни рўйхатга олиш журнали", "Журнал регистрации решений"),
    "journal_orders": _l("Journal of orders", "Buyruqlarni roʻyxatga olish jurnali",
                         "Буйруқларни рўйхатга олиш журнали", "Журнал регистрации приказов"),
    "journal_vouchers": _l("Journal of vouchers", "Yoʻllanmalarni roʻyxatga olish jurnali",
                           "Йўлланмаларни рўйхатга олиш журнали", "Журнал регистрации путёвок"),
    "order": _l("ORDER", "BUYRUQ", "БУЙРУҚ", "ПРИКАЗ"),
    "voucher": _l("VOUCHER", "YOʻLLANMA", "ЙЎЛЛАНМА", "ПУТЁВКА"),
    "queue_general": _l("general", "umumiy", "умумий", "общая"),
    "queue_privileged": _l("privileged", "imtiyozli", "имтиёзли", "льготная"),
    "inspector": _l("Inspector of the education department", "Taʼlim boʻlimi inspektori",
                    "Таълим бўлими инспектори", "Инспектор отдела образования"),
    "director": _l("Director of the school", "Maktab direktori", "Мактаб директори",
                   "Директор школы"),
    # --- fields -------------------------------------------------------------------------
    "number_sign": _l("No.", "№", "№", "№"),
    "reg_number": _l("Registration number", "Roʻyxatga olish raqami", "Рўйхатга олиш рақами",
                     "Регистрационный номер"),
    "received_at": _l("Date and time of receipt", "Qabul qilingan sana va vaqt",
                      "Қабул қилинган сана ва вақт", "Дата и время приёма"),
    "from_whom": _l("From whom", "Kimdan", "Кимдан", "От кого"),
    "subject": _l("Subject", "Mazmuni", "Мазмуни", "Содержание"),
    "from_subject": _l("From whom / subject", "Kimdan / qisqacha mazmuni",
                       "Кимдан / қисқача мазмуни", "От кого / краткое содержание"),
    "case_id": _l("Case", "Ish", "Иш", "Дело"),
    "date": _l("Date", "Sana", "Сана", "Дата"),
    "decision_col": _l("Decision", "Qaror", "Қарор", "Решение"),
    "attachments": _l("Documents accepted", "Qabul qilingan hujjatlar",
                      "Қабул қилинган ҳужжатлар", "Принятые документы"),
    "document_col": _l("Document", "Hujjat", "Ҳужжат", "Документ"),
    "file_col": _l("File", "Fayl", "Файл", "Файл"),
    "no_attachments": _l("no documents attached", "hujjatlar ilova qilinmagan",
                         "ҳужжатлар илова қилинмаган", "документы не приложены"),
    "qr_caption": _l("Scan to find the case", "Ishni topish uchun skanerlang",
                     "Ишни топиш учун сканерланг", "Отсканируйте, чтобы найти дело"),
    "provisional": _l("provisional number: made final at the next synchronisation",
                      "vaqtinchalik raqam: keyingi sinxronlashda doimiy boʻladi",
                      "вақтинчалик рақам: кейинги синхронлашда доимий бўлади",
                      "временный номер: станет постоянным при следующей синхронизации"),
    "accepted_by": _l("Accepted by", "Qabul qildi", "Қабул қилди", "Принял"),
    "handed_over_by": _l("Handed over by", "Topshirdi", "Топширди", "Сдал"),
    "signature": _l("signature", "imzo", "имзо", "подпись"),
    "place_of_seal": _l("Place of seal", "M.Oʻ.", "М.Ў.", "М.П."),
    "chair": _l("Chair of the commission", "Komissiya raisi", "Комиссия раиси",
                "Председатель комиссии"),
    "secretary": _l("Secretary of the commission", "Komissiya kotibi", "Комиссия котиби",
                    "Секретарь комиссии"),
    "page": _l("Page {page} of {pages}", "{page}-sahifa, jami {pages}",
               "{page}-саҳифа, жами {pages}", "Страница {page} из {pages}"),
    "entries_total": _l("Entries: {count}", "Yozuvlar soni: {count}",
                        "Ёзувлар сони: {count}", "Записей: {count}"),
    "birth_date": _l("Date of birth", "Tugʻilgan sanasi", "Туғилган санаси", "Дата рождения"),
    "nominated_by": _l("Nominated by", "Koʻrsatgan", "Кўрсатган", "Выдвинут"),
    "constituency": _l("Constituency", "Saylov okrugi", "Сайлов округи", "Избирательный округ"),
    "election": _l("Election", "Saylov", "Сайлов", "Выборы"),
    "registered_by_decision": _l("Registration decision", "Roʻyxatga olish toʻgʻrisidagi qaror",
                                 "Рўйхатга олиш тўғрисидаги қарор", "Решение о регистрации"),
    "valid_until": _l("Valid until", "Amal qilish muddati", "Амал қилиш муддати",
                      "Действительно до"),
    "issued_on": _l("Date of issue", "Berilgan sana", "Берилган сана", "Дата выдачи"),
    "precincts": _l("Polling stations", "Saylov uchastkalari", "Сайлов участкалари",
                    "Избирательные участки"),
    "identity": _l("Identity document", "Shaxsni tasdiqlovchi hujjat",
                   "Шахсни тасдиқловчи ҳужжат", "Документ, удостоверяющий личность"),
    "rights_heading": _l("The observer has the right to (Article 33 of the Election Code):",
                         "Kuzatuvchi quyidagi huquqlarga ega (Saylov kodeksining 33-moddasi):",
                         "Кузатувчи қуйидаги ҳуқуқларга эга (Сайлов кодексининг 33-моддаси):",
                         "Наблюдатель вправе (статья 33 Избирательного кодекса):"),
    "mandate_validity": _l("Valid together with a passport or ID card.",
                           "Pasport yoki ID-karta bilan birga haqiqiy.",
                           "Паспорт ёки ID-карта билан бирга ҳақиқий.",
                           "Действителен при предъявлении паспорта или ID-карты."),
    "grounds": _l("Grounds", "Asos", "Асос", "Основание"),
    "corrects": _l("(corrects decision {ref})", "({ref} qarorga tuzatish)",
                   "({ref} қарорга тузатиш)", "(исправляет решение {ref})"),
}

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "uz-Latn": ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust",
                "sentyabr", "oktyabr", "noyabr", "dekabr"),
    "uz-Cyrl": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                "сентябрь", "октябрь", "ноябрь", "декабрь"),
    # Russian dates use the genitive: "25 июня 2019 года".
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
}


def check_lang(lang: str) -> str:
    """``lang`` itself, or :class:`ValueError` naming the languages documents are printed in."""
    if lang not in LANGUAGES:
        raise ValueError(f"documents are printed in {', '.join(LANGUAGES)}, not {lang!r}")
    return lang


def label(key: str, lang: str, **values: object) -> str:
    """The document word ``key`` in ``lang``, with ``{placeholders}`` filled from ``values``."""
    words = LABELS[key][check_lang(lang)]
    return words.format(**values) if values else words


def number(value: str, lang: str) -> str:
    """A document number as printed: "No. 15" (en), "№ 15" (uz, ru)."""
    return f"{label('number_sign', lang)}\u00a0{value}"


def long_date(day: date, lang: str) -> str:
    """The official long style: "12 March 2025", "2025-yil 12-mart", "12 марта 2025 года"."""
    month = MONTHS[check_lang(lang)][day.month - 1]
    if lang == "uz-Latn":
        return f"{day.year}-yil {day.day}-{month}"
    if lang == "uz-Cyrl":
        return f"{day.year}-йил {day.day}-{month}"
    if lang == "ru":
        return f"{day.day} {month} {day.year} года"
    return f"{day.day} {month} {day.year}"


def short_date(day: date, lang: str) -> str:
    """A date in a table cell: "2025-03-12" (en), "12.03.2025" (uz, ru)."""
    check_lang(lang)
    return day.isoformat() if lang == "en" else day.strftime("%d.%m.%Y")


def long_datetime(moment: datetime, lang: str) -> str:
    """A long date with the time: "12 March 2025, 14:05"."""
    return f"{long_date(moment.date(), lang)}, {moment:%H:%M}"
