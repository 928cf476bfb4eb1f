"""Sentences of decisions, certificates and mandates, in the four languages.

Templates take ``{placeholders}``; names and parties are inserted as typed, never inflected,
so sentences are built around them ("nomzod — Gʻafurov Akmal …") rather than adding a
grammatical suffix to a name that may be in another script.
"""

from __future__ import annotations

from app.reports.labels import check_lang, in_languages

_l = in_languages

PHRASES: dict[str, dict[str, str]] = {
    "accordance": _l(
        "in accordance with the Election Code of the Republic of Uzbekistan",
        "Oʻzbekiston Respublikasi Saylov kodeksiga muvofiq",
        "Ўзбекистон Республикаси Сайлов кодексига мувофиқ",
        "в соответствии с Избирательным кодексом Республики Узбекистан"),
    "accordance_articles": _l(
        "in accordance with Articles {articles} of the Election Code of the Republic of "
        "Uzbekistan",
        "Oʻzbekiston Respublikasi Saylov kodeksining {articles}-moddalariga muvofiq",
        "Ўзбекистон Республикаси Сайлов кодексининг {articles}-моддаларига мувофиқ",
        "в соответствии со статьями {articles} Избирательного кодекса Республики Узбекистан"),
    "decides_generic": _l(
        "Having considered the case «{summary}» ({service}), {accordance}, the commission\u00a0"
        "DECIDES:",
        "«{summary}» ({service}) ishini koʻrib chiqib, {accordance} komissiya QAROR\u00a0QILADI:",
        "«{summary}» ({service}) ишини кўриб чиқиб, {accordance} комиссия ҚАРОР\u00a0ҚИЛАДИ:",
        "Рассмотрев дело «{summary}» ({service}), {accordance}, комиссия\u00a0РЕШИЛА:"),
    "decides_nomination": _l(
        "Having considered the documents submitted by {party} on the nomination of a candidate "
        "in constituency No. {cn} «{cname}», {accordance}, the commission\u00a0DECIDES:",
        "{party} tomonidan {cn}-son {cname} boʻyicha nomzod koʻrsatish toʻgʻrisida taqdim "
        "etilgan hujjatlarni koʻrib chiqib, {accordance} komissiya QAROR\u00a0QILADI:",
        "{party} томонидан {cn}-сон {cname} бўйича номзод кўрсатиш тўғрисида тақдим этилган "
        "ҳужжатларни кўриб чиқиб, {accordance} комиссия ҚАРОР\u00a0ҚИЛАДИ:",
        "Рассмотрев документы о выдвижении кандидата по избирательному округу № {cn} "
        "«{cname}», представленные: {party}, {accordance}, комиссия\u00a0РЕШИЛА:"),
    "title_correction": _l(
        "On correcting a decision of the commission",
        "Komissiya qaroriga tuzatish kiritish toʻgʻrisida",
        "Комиссия қарорига тузатиш киритиш тўғрисида",
        "О внесении исправлений в решение комиссии"),
    "decides_correction": _l(
        "Having found that decision {ref} on the case «{summary}» needs correcting, "
        "{accordance}, the commission DECIDES to read it as follows:",
        "«{summary}» ishi boʻyicha {ref} qarorga tuzatish kiritish zarurligini aniqlab, "
        "{accordance} komissiya QAROR QILADI:",
        "«{summary}» иши бўйича {ref} қарорга тузатиш киритиш зарурлигини аниқлаб, "
        "{accordance} комиссия ҚАРОР ҚИЛАДИ:",
        "Установив необходимость исправления решения {ref} по делу «{summary}», "
        "{accordance}, комиссия РЕШИЛА:"),
    "title_exit_order": _l(
        "On the departure of a student transferring to another school",
        "Oʻquvchining boshqa maktabga koʻchishi munosabati bilan maktabdan chiqishi "
        "toʻgʻrisida",
        "Ўқувчининг бошқа мактабга кўчиши муносабати билан мактабдан чиқиши тўғрисида",
        "О выбытии ученика в связи с переводом в другую школу"),
    "orders_exit": _l(
        "On the basis of the parent's application ({parent}, {date}) and the consent of the "
        "receiving school ({school}), I ORDER:",
        "Ota-onaning arizasi ({parent}, {date}) va qabul qiluvchi maktabning roziligi "
        "({school}) asosida BUYURAMAN:",
        "Ота-онанинг аризаси ({parent}, {date}) ва қабул қилувчи мактабнинг розилиги "
        "({school}) асосида БУЮРАМАН:",
        "На основании заявления родителя ({parent}, {date}) и согласия принимающей школы "
        "({school}) ПРИКАЗЫВАЮ:"),
    "point_exit": _l(
        "To remove {student}, a pupil of grade {grade}, from the school's roll as of {date}, "
        "on transferring to another school (receiving school: {school}, class: {cls}).",
        "{grade}-sinf oʻquvchisi {student} boshqa maktabga koʻchishi munosabati bilan {date} "
        "sanadan boshlab maktab oʻquvchilari roʻyxatidan chiqarilsin (qabul qiluvchi maktab: "
        "{school}, sinf: {cls}).",
        "{grade}-синф ўқувчиси {student} бошқа мактабга кўчиши муносабати билан {date} "
        "санадан бошлаб мактаб ўқувчилари рўйхатидан чиқарилсин (қабул қилувчи мактаб: "
        "{school}, синф: {cls}).",
        "Исключить из списка учащихся школы с {date} ученика {grade} класса {student} в связи "
        "с переводом в другую школу (принимающая школа: {school}, класс: {cls})."),
    "point_personal_file": _l(
        "The class teacher shall hand the pupil's personal file to the receiving school.",
        "Sinf rahbari oʻquvchining shaxsiy ishini qabul qiluvchi maktabga topshirsin.",
        "Синф раҳбари ўқувчининг шахсий ишини қабул қилувчи мактабга топширсин.",
        "Классному руководителю передать личное дело ученика в принимающую школу."),
    "point_movement_book": _l(
        "The departure shall be entered in the student movement book.",
        "Chiqish oʻquvchilar harakati kitobida qayd etilsin.",
        "Чиқиш ўқувчилар ҳаракати китобида қайд этилсин.",
        "Внести запись о выбытии в книгу движения учащихся."),
    "title_staff_hiring": _l("On hiring", "Ishga qabul qilish toʻgʻrisida",
                             "Ишга қабул қилиш тўғрисида", "О приёме на работу"),
    "title_staff_transfer": _l("On a transfer to another position",
                               "Boshqa lavozimga oʻtkazish toʻgʻrisida",
                               "Бошқа лавозимга ўтказиш тўғрисида",
                               "О переводе на другую должность"),
    "title_staff_dismissal": _l("On dismissal", "Ishdan boʻshatish toʻgʻrisida",
                                "Ишдан бўшатиш тўғрисида", "Об увольнении"),
    "orders_ground": _l("On the basis of {ground}, I\u00a0ORDER:",
                        "{ground} asosida BUYURAMAN:", "{ground} асосида БУЮРАМАН:",
                        "На основании {ground} ПРИКАЗЫВАЮ:"),
    "point_hiring": _l(
        "To hire {person} as {position}{detail} from {date}.",
        "{person} {date} sanadan boshlab {position} lavozimiga ishga qabul qilinsin{detail}.",
        "{person} {date} санадан бошлаб {position} лавозимига ишга қабул қилинсин{detail}.",
        "Принять на работу {person} на должность «{position}»{detail} с {date}."),
    "point_transfer": _l(
        "To transfer {person} to the position of {position}{detail} from {date}.",
        "{person} {date} sanadan boshlab {position} lavozimiga oʻtkazilsin{detail}.",
        "{person} {date} санадан бошлаб {position} лавозимига ўтказилсин{detail}.",
        "Перевести {person} на должность «{position}»{detail} с {date}."),
    "point_dismissal": _l(
        "To dismiss {person}, {position}, on {date} (last working day).",
        "{position} {person} {date} sanada (oxirgi ish kuni) ishdan boʻshatilsin.",
        "{position} {person} {date} санада (охирги иш куни) ишдан бўшатилсин.",
        "Уволить {person}, {position}, {date} (последний рабочий день)."),
    "staff_detail": _l(", {subject}, {hours} hours a week", ", {subject}, haftasiga {hours} soat",
                       ", {subject}, ҳафтасига {hours} соат",
                       ", {subject}, {hours} ч. в неделю"),
    "point_accounts": _l("The accountant shall make the payments that follow from this order.",
                         "Buxgalteriya ushbu buyruqdan kelib chiqadigan hisob-kitoblarni "
                         "amalga oshirsin.",
                         "Бухгалтерия ушбу буйруқдан келиб чиқадиган ҳисоб-китобларни амалга "
                         "оширсин.",
                         "Бухгалтерии произвести расчёты, вытекающие из настоящего приказа."),
    "title_voucher": _l("Voucher for admission to a kindergarten",
                        "Maktabgacha taʼlim tashkilotiga qabul qilish uchun yoʻllanma",
                        "Мактабгача таълим ташкилотига қабул қилиш учун йўлланма",
                        "Путёвка для приёма в детский сад"),
    "voucher_text": _l(
        "The child {child}, born {born}, is sent to {kindergarten} ({queue} queue).",
        "{born}da tugʻilgan {child} {kindergarten}ga yuboriladi ({queue} navbat).",
        "{born}да туғилган {child} {kindergarten}га юборилади ({queue} навбат).",
        "Ребёнок {child} (дата рождения: {born}) направляется в {kindergarten} (очередь: "
        "{queue})."),
    "voucher_valid": _l(
        "The voucher is valid for 15 working days from the date of issue; unused, it lapses "
        "and the place goes to the next child in the queue.",
        "Yoʻllanma berilgan kundan boshlab 15 ish kuni davomida amal qiladi; foydalanilmasa, "
        "kuchini yoʻqotadi va joy navbatdagi bolaga beriladi.",
        "Йўлланма берилган кундан бошлаб 15 иш куни давомида амал қилади; фойдаланилмаса, "
        "кучини йўқотади ва жой навбатдаги болага берилади.",
        "Путёвка действительна 15 рабочих дней со дня выдачи; неиспользованная, она теряет "
        "силу, и место переходит к следующему ребёнку в очереди."),
    "title_registered": _l(
        "On the registration of a candidate in constituency No. {cn} «{cname}»",
        "{cn}-son {cname} boʻyicha nomzodni roʻyxatga olish toʻgʻrisida",
        "{cn}-сон {cname} бўйича номзодни рўйхатга олиш тўғрисида",
        "О регистрации кандидата по избирательному округу № {cn} «{cname}»"),
    "title_refused": _l(
        "On the refusal to register a candidate in constituency No. {cn} «{cname}»",
        "{cn}-son {cname} boʻyicha nomzodni roʻyxatga olish rad etilishi toʻgʻrisida",
        "{cn}-сон {cname} бўйича номзодни рўйхатга олиш рад этилиши тўғрисида",
        "Об отказе в регистрации кандидата по избирательному округу № {cn} «{cname}»"),
    "born": _l("born {date}", "{date}da tugʻilgan", "{date}да туғилган", "{date} рождения"),
    "point_register": _l(
        "To register as a candidate in constituency No. {cn} «{cname}»: {person}, nominated "
        "by {party}.",
        "{party} tomonidan koʻrsatilgan nomzod {cn}-son {cname} boʻyicha roʻyxatga olinsin: "
        "{person}.",
        "{party} томонидан кўрсатилган номзод {cn}-сон {cname} бўйича рўйхатга олинсин: "
        "{person}.",
        "Зарегистрировать кандидатом по избирательному округу № {cn} «{cname}»: {person}. "
        "{nominated}: {party}."),
    "point_refuse": _l(
        "To refuse to register as a candidate: {person}, nominated by {party}. Grounds: "
        "{reason}.",
        "{party} tomonidan koʻrsatilgan nomzodni roʻyxatga olish rad etilsin: {person}. "
        "Asos: {reason}.",
        "{party} томонидан кўрсатилган номзодни рўйхатга олиш рад этилсин: {person}. "
        "Асос: {reason}.",
        "Отказать в регистрации кандидатом: {person}. {nominated}: {party}. "
        "Основание: {reason}."),
    "point_certificate": _l(
        "To issue the candidate a certificate of the established form.",
        "Nomzodga belgilangan namunadagi guvohnoma berilsin.",
        "Номзодга белгиланган намунадаги гувоҳнома берилсин.",
        "Выдать кандидату удостоверение установленного образца."),
    "point_publish": _l(
        "To publish the information on the registered candidate in the press within five days.",
        "Roʻyxatga olingan nomzod toʻgʻrisidagi maʼlumotlar besh kun ichida matbuotda "
        "eʼlon qilinsin.",
        "Рўйхатга олинган номзод тўғрисидаги маълумотлар беш кун ичида матбуотда "
        "эълон қилинсин.",
        "Опубликовать сведения о зарегистрированном кандидате в печати в пятидневный срок."),
    "point_send_copy": _l(
        "To send a copy of this decision to the nominating party.",
        "Mazkur qarorning nusxasi nomzodni koʻrsatgan partiyaga yuborilsin.",
        "Мазкур қарорнинг нусхаси номзодни кўрсатган партияга юборилсин.",
        "Направить копию настоящего решения выдвинувшей партии."),
    "point_appeal": _l(
        "This decision may be appealed to the higher election commission or to a court in the "
        "manner set by the Election Code.",
        "Mazkur qaror ustidan Saylov kodeksida belgilangan tartibda yuqori turuvchi saylov "
        "komissiyasiga yoki sudga shikoyat qilinishi mumkin.",
        "Мазкур қарор устидан Сайлов кодексида белгиланган тартибда юқори турувчи сайлов "
        "комиссиясига ёки судга шикоят қилиниши мумкин.",
        "Настоящее решение может быть обжаловано в вышестоящую избирательную комиссию или в "
        "суд в порядке, установленном Избирательным кодексом."),
    "point_control": _l(
        "Control over the execution of this decision is entrusted to the secretary of the "
        "commission.",
        "Mazkur qarorning ijrosini nazorat qilish komissiya kotibi zimmasiga yuklansin.",
        "Мазкур қарорнинг ижросини назорат қилиш комиссия котиби зиммасига юклансин.",
        "Контроль за исполнением настоящего решения возложить на секретаря комиссии."),
    "certificate_text": _l(
        "is registered as a candidate in constituency No. {cn} «{cname}», nominated by {party}.",
        "{party} tomonidan koʻrsatilgan, {cn}-son {cname} boʻyicha nomzod sifatida roʻyxatga "
        "olingan.",
        "{party} томонидан кўрсатилган, {cn}-сон {cname} бўйича номзод сифатида рўйхатга "
        "олинган.",
        "{registered} кандидатом по избирательному округу № {cn} «{cname}». "
        "{nominated}: {party}."),
    "representative_text": _l(
        "is registered as a trusted representative of the candidate. Candidate: {candidate}.",
        "nomzodning ishonchli vakili sifatida roʻyxatga olingan. Nomzod: {candidate}.",
        "номзоднинг ишончли вакили сифатида рўйхатга олинган. Номзод: {candidate}.",
        "{registered} доверенным лицом кандидата. Кандидат: {candidate}."),
    "mandate_text": _l(
        "is accredited as an observer.",
        "kuzatuvchi sifatida akkreditatsiya qilingan.",
        "кузатувчи сифатида аккредитация қилинган.",
        "{accredited} в качестве наблюдателя."),
    "valid_until_results": _l(
        "until the official publication of the election results",
        "saylov natijalari rasman eʼlon qilingunga qadar",
        "сайлов натижалари расман эълон қилингунга қадар",
        "до официального опубликования итогов выборов"),
}

# Russian participles agree with the person's sex; unknown sex prints both endings.
RU_GENDERED = {
    "nominated": ("Выдвинут", "Выдвинута", "Выдвинут(а)"),
    "registered": ("Зарегистрирован", "Зарегистрирована", "Зарегистрирован(а)"),
    "accredited": ("Аккредитован", "Аккредитована", "Аккредитован(а)"),
}

# Article 33 of the Election Code of the Republic of Uzbekistan (2019), in short.
OBSERVER_RIGHTS: tuple[dict[str, str], ...] = (
    _l("be present at meetings of election commissions;",
       "saylov komissiyalarining majlislarida hozir boʻlish;",
       "сайлов комиссияларининг мажлисларида ҳозир бўлиш;",
       "присутствовать на заседаниях избирательных комиссий;"),
    _l("take part in meetings nominating candidates and in meetings of candidates and parties "
       "with voters;",
       "nomzodlarni koʻrsatish yigʻilishlarida, nomzodlar va siyosiy partiyalarning "
       "saylovchilar bilan uchrashuvlarida ishtirok etish;",
       "номзодларни кўрсатиш йиғилишларида, номзодлар ва сиёсий партияларнинг сайловчилар "
       "билан учрашувларида иштирок этиш;",
       "участвовать в собраниях по выдвижению кандидатов, во встречах кандидатов и "
       "политических партий с избирателями;"),
    _l("be present at the polling station and observe the preparations, the setting up of "
       "booths or rooms for secret voting, the sealing of ballot boxes, the registration of "
       "voters and the issuing of ballots to them;",
       "saylov uchastkasida hozir boʻlish, tayyorgarlik ishlari, yashirin ovoz berish "
       "kabinalari yoki xonalarining jihozlanishi, saylov qutilarining muhrlanishi, fuqarolarni "
       "roʻyxatga olish va ularga saylov byulletenlari berilishini kuzatish;",
       "сайлов участкасида ҳозир бўлиш, тайёргарлик ишлари, яширин овоз бериш кабиналари ёки "
       "хоналарининг жиҳозланиши, сайлов қутиларининг муҳрланиши, фуқароларни рўйхатга олиш ва "
       "уларга сайлов бюллетенлари берилишини кузатиш;",
       "присутствовать на избирательном участке, наблюдать за подготовительными работами, "
       "оборудованием кабин или комнат для тайного голосования, опечатыванием избирательных "
       "ящиков, регистрацией граждан и выдачей им избирательных бюллетеней;"),
    _l("be present at the counting of votes and the drawing up of the commission's protocol;",
       "ovozlarni sanashda va saylov komissiyasining bayonnomasini tuzishda hozir boʻlish;",
       "овозларни санашда ва сайлов комиссиясининг баённомасини тузишда ҳозир бўлиш;",
       "присутствовать при подсчёте голосов и составлении протокола избирательной "
       "комиссии;"),
    _l("ask for and receive from the commission certified copies of the documents on the "
       "election results;",
       "tegishli saylov komissiyasidan saylov natijalariga oid hujjatlarning tasdiqlangan "
       "nusxalarini soʻrash va olish;",
       "тегишли сайлов комиссиясидан сайлов натижаларига оид ҳужжатларнинг тасдиқланган "
       "нусхаларини сўраш ва олиш;",
       "запрашивать и получать в избирательной комиссии заверенные копии документов об "
       "итогах выборов;"),
    _l("report their observations to the commission when there are grounds to believe that "
       "the Election Code was violated at the polling station.",
       "saylov uchastkasida Saylov kodeksi talablari buzilgan deb hisoblash uchun asoslar "
       "boʻlsa, oʻz kuzatuvlarini tegishli saylov komissiyasiga maʼlum qilish.",
       "сайлов участкасида Сайлов кодекси талаблари бузилган деб ҳисоблаш учун асослар бўлса, "
       "ўз кузатувларини тегишли сайлов комиссиясига маълум қилиш.",
       "сообщать о своих наблюдениях в избирательную комиссию, если есть основания полагать, "
       "что на избирательном участке нарушены требования Избирательного кодекса."),
)


def phrase(key: str, lang: str, *, sex: str | None = None, **values: object) -> str:
    """The sentence ``key`` in ``lang`` with its placeholders filled.

    ``sex`` ("male" / "female") picks the Russian participles ``{nominated}``,
    ``{registered}`` and ``{accredited}``; other languages do not need it.
    """
    template = PHRASES[key][check_lang(lang)]
    index = {"male": 0, "female": 1}.get(sex or "", 2)
    gendered = {name: forms[index] for name, forms in RU_GENDERED.items()}
    return template.format(**gendered, **values)
