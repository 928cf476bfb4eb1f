<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_Latn">
<context>
    <name>Ask</name>
    <message>
        <location filename="../../app/ui/dialogs/ask.py" line="38"/>
        <location filename="../../app/ui/dialogs/ask.py" line="54"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ask.py" line="52"/>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ask.py" line="53"/>
        <source>Discard changes</source>
        <translation>Oʻzgarishlarni tashlab yuborish</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="31"/>
        <source>cannot read the file: %1</source>
        <translation>faylni oʻqib boʻlmadi: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="36"/>
        <source>is a folder, not a file</source>
        <translation>bu fayl emas, papka</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="55"/>
        <location filename="../../app/ui/form/attachment.py" line="63"/>
        <location filename="../../app/ui/form/attachment.py" line="119"/>
        <location filename="../../app/ui/form/attachment.py" line="154"/>
        <source>Attach file…</source>
        <translation>Fayl biriktirish…</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="56"/>
        <source>Open</source>
        <translation>Ochish</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="57"/>
        <source>Remove</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="64"/>
        <location filename="../../app/ui/form/attachment.py" line="152"/>
        <source>Replace…</source>
        <translation>Almashtirish…</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="116"/>
        <source>Accepted files</source>
        <translation>Ruxsat etilgan fayllar</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="117"/>
        <source>All files</source>
        <translation>Barcha fayllar</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="140"/>
        <source>new, saved with the case</source>
        <translation>yangi, ish bilan birga saqlanadi</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="148"/>
        <source>No file</source>
        <translation>Fayl yoʻq</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="40"/>
        <source>Present</source>
        <translation>Qatnashdi</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="41"/>
        <source>Absent, unexcused</source>
        <translation>Sababsiz kelmadi</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="42"/>
        <source>Absent, excused</source>
        <translation>Sababli kelmadi</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="43"/>
        <source>Late, unexcused</source>
        <translation>Sababsiz kechikdi</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="44"/>
        <source>Late, excused</source>
        <translation>Sababli kechikdi</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="47"/>
        <source>Health</source>
        <translation>Salomatlik</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="48"/>
        <source>Emergency</source>
        <translation>Favqulodda holat</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="49"/>
        <source>Other</source>
        <translation>Boshqa</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="52"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="53"/>
        <source>Pupil</source>
        <translation>Oʻquvchi</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="54"/>
        <source>Attendance</source>
        <translation>Davomat</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="55"/>
        <source>Reason</source>
        <translation>Sababi</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="174"/>
        <source>choose: 1, 2 or 3</source>
        <translation>tanlang: 1, 2 yoki 3</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="54"/>
        <source>Take attendance</source>
        <translation>Davomatni belgilash</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="65"/>
        <source>&amp;Class:</source>
        <translation>&amp;Sinf:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="66"/>
        <source>&amp;Date:</source>
        <translation>Sa&amp;na:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="110"/>
        <source>&lt;b&gt;↑ ↓&lt;/b&gt; pupil · &lt;b&gt;P&lt;/b&gt; or &lt;b&gt;Space&lt;/b&gt; present · &lt;b&gt;A&lt;/b&gt; absent · &lt;b&gt;E&lt;/b&gt; absent, excused · &lt;b&gt;L&lt;/b&gt; late · &lt;b&gt;K&lt;/b&gt; late, excused · &lt;b&gt;1 2 3&lt;/b&gt; reason · &lt;b&gt;Ctrl+S&lt;/b&gt; save · &lt;b&gt;Ctrl+Enter&lt;/b&gt; save and submit</source>
        <translation>&lt;b&gt;↑ ↓&lt;/b&gt; oʻquvchi · &lt;b&gt;P&lt;/b&gt; yoki &lt;b&gt;Probel&lt;/b&gt; qatnashdi · &lt;b&gt;A&lt;/b&gt; sababsiz kelmadi · &lt;b&gt;E&lt;/b&gt; sababli kelmadi · &lt;b&gt;L&lt;/b&gt; kechikdi · &lt;b&gt;K&lt;/b&gt; sababli kechikdi · &lt;b&gt;1 2 3&lt;/b&gt; sabab · &lt;b&gt;Ctrl+S&lt;/b&gt; saqlash · &lt;b&gt;Ctrl+Enter&lt;/b&gt; saqlash va topshirish</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="126"/>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="128"/>
        <source>Save and submit</source>
        <translation>Saqlash va topshirish</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="129"/>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="155"/>
        <source>There are no classes in your registers yet: add the class and its pupils under Registers first.</source>
        <translation>Reyestrlaringizda hali sinflar yoʻq: avval Reyestrlar boʻlimida sinf va uning oʻquvchilarini qoʻshing.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="186"/>
        <source>The marks of this class and day are not saved. Drop them?</source>
        <translation>Bu sinf va kunning belgilari saqlanmagan. Ular bekor qilinsinmi?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="188"/>
        <source>Drop the marks</source>
        <translation>Belgilarni bekor qilish</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="204"/>
        <source>No pupils of this class in the Student register.</source>
        <translation>Oʻquvchilar reyestrida bu sinfning oʻquvchilari yoʻq.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="207"/>
        <source>This day is entered already: saving makes a corrected sheet.</source>
        <translation>Bu kun allaqachon kiritilgan: saqlansa, tuzatilgan varaqa yaratiladi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="275"/>
        <source>Reason for {0}:</source>
        <translation>{0} sababi:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="284"/>
        <source>{0} of {1} present</source>
        <translation>{1} tadan {0} tasi keldi</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="287"/>
        <source>absent {0}, late {1}</source>
        <translation>kelmagan {0}, kechikkan {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="302"/>
        <source>An excused mark needs its reason (1, 2 or 3); without one: {0}.</source>
        <translation>Sababli belgiga sabab kerak (1, 2 yoki 3); sababi koʻrsatilmaganlar: {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="185"/>
        <location filename="../../app/ui/views/attendance.py" line="330"/>
        <source>Unsaved marks</source>
        <translation>Saqlanmagan belgilar</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="331"/>
        <source>The marks are not saved. Close without saving?</source>
        <translation>Belgilar saqlanmagan. Saqlamasdan yopilsinmi?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="332"/>
        <source>Close without saving</source>
        <translation>Saqlamasdan yopish</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="37"/>
        <source>Search names, numbers, any word…</source>
        <translation>Ism, raqam yoki istalgan soʻz boʻyicha qidirish…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="44"/>
        <source>Any deadline</source>
        <translation>Istalgan muddat</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="45"/>
        <source>Overdue</source>
        <translation>Muddati oʻtgan</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="46"/>
        <source>Due within 3 days</source>
        <translation>Muddati 3 kun ichida</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="98"/>
        <source>All services</source>
        <translation>Barcha xizmatlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="110"/>
        <source>Any state</source>
        <translation>Istalgan holat</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="139"/>
        <source>Nothing here.</source>
        <translation>Hech narsa yoʻq.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="141"/>
        <source>{0} shown; scroll for more</source>
        <translation>{0} ta koʻrsatilgan; davomi uchun pastga aylantiring</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="143"/>
        <source>{0} in all</source>
        <translation>Jami: {0}</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../app/ui/models/case_table.py" line="31"/>
        <source>Case</source>
        <translation>Ish</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table.py" line="32"/>
        <source>Service</source>
        <translation>Xizmat</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table.py" line="33"/>
        <source>State</source>
        <translation>Holati</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table.py" line="34"/>
        <source>Due</source>
        <translation>Muddat</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table.py" line="35"/>
        <source>Updated</source>
        <translation>Yangilangan</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table.py" line="171"/>
        <source>overdue</source>
        <translation>muddati oʻtgan</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="62"/>
        <source>← Back</source>
        <translation>← Orqaga</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="63"/>
        <source>Back to the list (Esc)</source>
        <translation>Roʻyxatga qaytish (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="93"/>
        <source>History</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="109"/>
        <source>Documents</source>
        <translation>Hujjatlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="118"/>
        <source>Undo changes</source>
        <translation>Oʻzgarishlarni bekor qilish</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="120"/>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="121"/>
        <location filename="../../app/ui/views/case_view.py" line="322"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Oʻzgarishlarni saqlash (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="170"/>
        <source>New: {0}</source>
        <translation>Yangi ish: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="172"/>
        <source>Fill in the form and save; the case starts as a draft only you can see until the next sync.</source>
        <translation>Shaklni toʻldiring va saqlang; keyingi sinxronlashgacha ish faqat sizga koʻrinadigan qoralama boʻlib turadi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="417"/>
        <source>No documents yet.</source>
        <translation>Hozircha hujjatlar yoʻq.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="210"/>
        <source>Not on this computer yet: {0}. They are fetched when you open them online.</source>
        <translation>Bu kompyuterda hali yoʻq: {0}. Ular onlayn rejimda ochilganda yuklab olinadi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="103"/>
        <source>Save as PDF…</source>
        <translation>PDF sifatida saqlash…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="105"/>
        <source>Print the chosen document to a PDF file (Enter)</source>
        <translation>Tanlangan hujjatni PDF faylga chiqarish (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="225"/>
        <source>due {0}</source>
        <translation>muddat: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="227"/>
        <source>overdue</source>
        <translation>muddati oʻtgan</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="276"/>
        <source>Created</source>
        <translation>Yaratildi</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="278"/>
        <source>Edited</source>
        <translation>Tahrirlandi</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="293"/>
        <source>No history.</source>
        <translation>Tarix yoʻq.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="319"/>
        <source>Correct the fields marked in red first</source>
        <translation>Avval qizil bilan belgilangan maydonlarni tuzating</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="334"/>
        <source>Correct the fields marked in red first.</source>
        <translation>Avval qizil bilan belgilangan maydonlarni tuzating.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="337"/>
        <source>Nothing to save.</source>
        <translation>Saqlanadigan oʻzgarish yoʻq.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="364"/>
        <source>Saved.</source>
        <translation>Saqlandi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="376"/>
        <source>{0}: are you sure?</source>
        <translation>{0}: ishonchingiz komilmi?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="378"/>
        <source>This decides the case; it cannot be changed afterwards.</source>
        <translation>Bu ish boʻyicha yakuniy qaror; keyin uni oʻzgartirib boʻlmaydi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="392"/>
        <source>Receipt of the documents</source>
        <translation>Qabul tilxati</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="393"/>
        <source>Decision</source>
        <translation>Qaror</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="394"/>
        <source>Registration certificate</source>
        <translation>Roʻyxatga olinganlik guvohnomasi</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="395"/>
        <source>Observer&apos;s mandate</source>
        <translation>Kuzatuvchi mandati</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="396"/>
        <source>Correcting decision</source>
        <translation>Tuzatish kiritish toʻgʻrisidagi qaror</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="397"/>
        <source>Exit order</source>
        <translation>Chiqish buyrugʻi</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="398"/>
        <source>Staff order</source>
        <translation>Xodimlar boʻyicha buyruq</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="399"/>
        <source>Kindergarten voucher</source>
        <translation>Bogʻchaga yoʻllanma</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="400"/>
        <source>Quarterly report</source>
        <translation>Choraklik hisobot</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="410"/>
        <source>(provisional number until the next sync)</source>
        <translation>(keyingi sinxronlashgacha vaqtinchalik raqam)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="438"/>
        <source>Save the document</source>
        <translation>Hujjatni saqlash</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="439"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF hujjatlar (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="443"/>
        <source>Printing…</source>
        <translation>Chop etilmoqda…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="448"/>
        <source>Saved to {0}</source>
        <translation>{0} ga saqlandi</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="487"/>
        <source>Unsaved changes</source>
        <translation>Saqlanmagan oʻzgarishlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="488"/>
        <source>Save the changes to this case before leaving it?</source>
        <translation>Ishni yopishdan oldin undagi oʻzgarishlarni saqlaysizmi?</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="30"/>
        <source>Changed on two sides: {0}</source>
        <translation>Ikki tomonda oʻzgartirilgan: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="33"/>
        <source>These fields were changed here and by someone else before the two copies met. Nothing is lost: choose which value the case keeps, or type the right one.</source>
        <translation>Bu maydonlar ikki nusxa sinxronlanishidan oldin shu yerda ham, boshqa kishi tomonidan ham oʻzgartirilgan. Hech narsa yoʻqolmagan: ishda qaysi qiymat qolishini tanlang yoki toʻgʻri qiymatni kiriting.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="43"/>
        <source>Field</source>
        <translation>Maydon</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="44"/>
        <source>Before (base)</source>
        <translation>Oldingi (asl)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="45"/>
        <source>Mine</source>
        <translation>Meniki</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="46"/>
        <source>Theirs</source>
        <translation>Boshqaniki</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="47"/>
        <source>Keep</source>
        <translation>Qoldirish</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="63"/>
        <source>Keep mine</source>
        <translation>Menikini qoldirish</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="65"/>
        <source>Keep theirs</source>
        <translation>Boshqanikini qoldirish</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="67"/>
        <source>Type a value</source>
        <translation>Qiymatni kiritish</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="91"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="94"/>
        <source>Resolve</source>
        <translation>Hal qilish</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="32"/>
        <source>Conflicts</source>
        <translation>Ziddiyatlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="36"/>
        <source>A field changed here and elsewhere at the same time keeps both values until someone decides. Press Enter to decide.</source>
        <translation>Bir vaqtda shu yerda ham, boshqa joyda ham oʻzgartirilgan maydon kimdir qaror qabul qilmaguncha ikkala qiymatni saqlaydi. Qaror qabul qilish uchun Enter tugmasini bosing.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="49"/>
        <source>Case</source>
        <translation>Ish</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="50"/>
        <source>Field</source>
        <translation>Maydon</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="51"/>
        <source>Mine</source>
        <translation>Meniki</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="52"/>
        <source>Theirs</source>
        <translation>Boshqaniki</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="78"/>
        <source>No conflicts.</source>
        <translation>Ziddiyatlar yoʻq.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="80"/>
        <source>{0} to decide</source>
        <translation>Hal qilinishi kerak: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="105"/>
        <source>Resolved {0}; it is sent at the next sync.</source>
        <translation>{0} ta hal qilindi; keyingi sinxronlashda yuboriladi.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="29"/>
        <source>Choose the language of the program.</source>
        <translation>Dastur tilini tanlang.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="42"/>
        <source>Where do you work?</source>
        <translation>Qayerda ishlaysiz?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="44"/>
        <source>Your commission or school gives you the server address. Without one, Daftar works on this computer only.</source>
        <translation>Server manzilini komissiyangiz yoki maktabingiz beradi. Usiz Daftar faqat shu kompyuterda ishlaydi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="52"/>
        <source>Connect to a server:</source>
        <translation>Serverga ulanish:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="55"/>
        <source>Work offline only</source>
        <translation>Faqat oflayn ishlash</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="79"/>
        <location filename="../../app/ui/dialogs/sign_in.py" line="192"/>
        <source>Sign in</source>
        <translation>Tizimga kirish</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="88"/>
        <source>User name:</source>
        <translation>Foydalanuvchi nomi:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="89"/>
        <source>Password:</source>
        <translation>Parol:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="91"/>
        <source>Full name:</source>
        <translation>F.I.Sh.:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="92"/>
        <source>Organisation:</source>
        <translation>Tashkilot:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="93"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="110"/>
        <source>Choose a user name and a password that protects this profile on a shared computer.</source>
        <translation>Foydalanuvchi nomi va parolni oʻylab toping: parol umumiy kompyuterda ushbu profilni himoya qiladi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="116"/>
        <source>Your user name and password at the server.</source>
        <translation>Serverdagi foydalanuvchi nomingiz va parolingiz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="126"/>
        <source>Type your user name and password.</source>
        <translation>Foydalanuvchi nomi va parolni kiriting.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="129"/>
        <source>Signing in…</source>
        <translation>Tizimga kirilmoqda…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="175"/>
        <source>Welcome to Daftar</source>
        <translation>Daftar dasturiga xush kelibsiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="190"/>
        <source>&lt; Back</source>
        <translation>&lt; Orqaga</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="191"/>
        <source>Next &gt;</source>
        <translation>Keyingi &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="193"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../app/ui/form/editors.py" line="33"/>
        <location filename="../../app/ui/form/editors.py" line="291"/>
        <source>Yes</source>
        <translation>Ha</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/editors.py" line="33"/>
        <location filename="../../app/ui/form/editors.py" line="292"/>
        <source>No</source>
        <translation>Yoʻq</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/editors.py" line="174"/>
        <source>dd.mm.yyyy hh:mm</source>
        <translation>kk.oo.yyyy ss:dd</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/editors.py" line="176"/>
        <source>dd.mm.yyyy</source>
        <translation>kk.oo.yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/editors.py" line="188"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Taqvimdan tanlash (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/editors.py" line="360"/>
        <source>Filled in by the form</source>
        <translation>Avtomatik toʻldiriladi</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/view.py" line="330"/>
        <source>This case cannot be changed now.</source>
        <translation>Bu ishni hozir oʻzgartirib boʻlmaydi.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="49"/>
        <source>Import into {0}</source>
        <translation>Import qilish: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="54"/>
        <source>No file chosen</source>
        <translation>Fayl tanlanmagan</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="56"/>
        <location filename="../../app/ui/dialogs/register_import.py" line="102"/>
        <source>Choose file…</source>
        <translation>Faylni tanlash…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="70"/>
        <source>Save rejected rows…</source>
        <translation>Rad etilgan qatorlarni saqlash…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="72"/>
        <source>Import</source>
        <translation>Import qilish</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="75"/>
        <location filename="../../app/ui/dialogs/register_import.py" line="168"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="93"/>
        <source>Choose a CSV or Excel (.xlsx) file. Its first row names the columns, in any language: {0}. Columns marked * are required. Nothing is written before you see a preview.</source>
        <translation>CSV yoki Excel (.xlsx) faylini tanlang. Uning birinchi qatorida ustunlar nomi istalgan tilda yoziladi: {0}. * belgili ustunlar majburiy. Oldindan koʻrib chiqmaguningizcha hech narsa yozilmaydi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="134"/>
        <source>Importing…</source>
        <translation>Import qilinmoqda…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="167"/>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="174"/>
        <source>Choose a spreadsheet</source>
        <translation>Jadval faylini tanlang</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="175"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Jadvallar (*.csv *.xlsx);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="183"/>
        <source>Reading {0}…</source>
        <translation>{0} oʻqilmoqda…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="193"/>
        <source>{0} rows in the file: {1} can be imported.</source>
        <translation>Faylda {0} qator: {1} tasini import qilish mumkin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="196"/>
        <source>{0} have problems and will not be imported (listed below); the others are not held back by them.</source>
        <translation>{0} tasida muammo bor, ular import qilinmaydi (roʻyxati quyida); qolganlariga ular xalal bermaydi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="200"/>
        <location filename="../../app/ui/dialogs/register_import.py" line="302"/>
        <source>{0} were imported before and are skipped.</source>
        <translation>{0} tasi avval import qilingan va oʻtkazib yuboriladi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="213"/>
        <source>Columns: {0}</source>
        <translation>Ustunlar: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="217"/>
        <source>Ignored: {0}</source>
        <translation>Eʼtiborsiz qoldirildi: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="220"/>
        <source>No column for the required {0}: every row lacks it.</source>
        <translation>Majburiy {0} uchun ustun yoʻq: u hech bir qatorda yoʻq.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="238"/>
        <source>(ignored)</source>
        <translation>(eʼtiborsiz)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="254"/>
        <source>Imported before; skipped</source>
        <translation>Avval import qilingan; oʻtkazib yuborildi</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="280"/>
        <source>Importing {0} rows…</source>
        <translation>{0} qator import qilinmoqda…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="299"/>
        <source>Imported {0} of {1} rows.</source>
        <translation>{1} qatordan {0} tasi import qilindi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="306"/>
        <source>{0} rows were rejected: fix them in the saved file and import it again.</source>
        <translation>{0} qator rad etildi: ularni saqlangan faylda tuzating va qayta import qiling.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="321"/>
        <source>The import stopped: {0}. The rows written before are kept; import the file again to add the rest.</source>
        <translation>Import toʻxtadi: {0}. Oldin yozilgan qatorlar saqlanib qoldi; qolganlarini qoʻshish uchun faylni qayta import qiling.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="347"/>
        <source>Save rejected rows</source>
        <translation>Rad etilgan qatorlarni saqlash</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="348"/>
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="360"/>
        <source>Saved to {0}. Fix the rows there and import that file: the columns “Row in file” and “Problems” are ignored.</source>
        <translation>{0} fayliga saqlandi. Qatorlarni oʻsha yerda tuzating va shu faylni import qiling: “Row in file” va “Problems” ustunlari eʼtiborga olinmaydi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="389"/>
        <source>Row</source>
        <translation>Qator</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="390"/>
        <source>Column</source>
        <translation>Ustun</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="391"/>
        <source>Problem</source>
        <translation>Muammo</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="410"/>
        <source>… and {0} more: save the rejected rows to see them all</source>
        <translation>… yana {0} ta: hammasini koʻrish uchun rad etilgan qatorlarni saqlang</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="40"/>
        <source>My inbox</source>
        <translation>Kiruvchi ishlarim</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="41"/>
        <location filename="../../app/ui/views/main_window.py" line="99"/>
        <source>Cases</source>
        <translation>Ishlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="42"/>
        <location filename="../../app/ui/views/main_window.py" line="140"/>
        <source>Registers</source>
        <translation>Reyestrlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="43"/>
        <location filename="../../app/ui/views/main_window.py" line="446"/>
        <source>Conflicts</source>
        <translation>Ziddiyatlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="44"/>
        <source>Sync</source>
        <translation>Sinxronlash</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="45"/>
        <source>Reports</source>
        <translation>Hisobotlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="72"/>
        <source>Daftar — {0}</source>
        <translation>Daftar — {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="96"/>
        <source>Cases waiting for your action</source>
        <translation>Sizdan harakat kutilayotgan ishlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="144"/>
        <source>New record…</source>
        <translation>Yangi yozuv…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="147"/>
        <source>Import…</source>
        <translation>Import qilish…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="149"/>
        <source>Add records from a CSV or Excel file, with a preview first</source>
        <translation>CSV yoki Excel faylidan yozuvlar qoʻshish, avval oldindan koʻrib chiqib</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="165"/>
        <source>&amp;Daftar</source>
        <translation>&amp;Daftar</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="166"/>
        <source>&amp;New case…</source>
        <translation>&amp;Yangi ish…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="169"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Hozir sinxronlash</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="172"/>
        <source>&amp;Find cases</source>
        <translation>&amp;Ishlarni qidirish</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="175"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Sozlamalar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="177"/>
        <source>&amp;Lock</source>
        <translation>&amp;Qulflash</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="181"/>
        <source>Take &amp;attendance…</source>
        <translation>&amp;Davomatni belgilash…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="184"/>
        <source>S&amp;witch user…</source>
        <translation>&amp;Foydalanuvchini almashtirish…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="186"/>
        <source>&amp;Quit</source>
        <translation>&amp;Chiqish</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="206"/>
        <source>&amp;Go</source>
        <translation>&amp;Oʻtish</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="213"/>
        <source>Main</source>
        <translation>Asosiy</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="288"/>
        <source>Unsaved changes</source>
        <translation>Saqlanmagan oʻzgarishlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="289"/>
        <source>The open case has unsaved changes. Quit without saving?</source>
        <translation>Ochiq ishda saqlanmagan oʻzgarishlar bor. Saqlamasdan chiqasizmi?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="290"/>
        <source>Quit without saving</source>
        <translation>Saqlamasdan chiqish</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="350"/>
        <source>You cannot start any case with your roles.</source>
        <translation>Rollaringiz hech qanday ishni boshlashga ruxsat bermaydi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="355"/>
        <source>New case</source>
        <translation>Yangi ish</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="356"/>
        <source>Service:</source>
        <translation>Xizmat:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="410"/>
        <source>Fetching the file from the server…</source>
        <translation>Fayl serverdan yuklab olinmoqda…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="437"/>
        <source>{0} to send</source>
        <translation>Yuborilmagan: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="438"/>
        <source>never</source>
        <translation>hali boʻlmagan</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="440"/>
        <source>last sync {0}</source>
        <translation>soʻnggi sinxronlash: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="463"/>
        <source>Online</source>
        <translation>Onlayn</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="464"/>
        <source>Syncing…</source>
        <translation>Sinxronlanmoqda…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="465"/>
        <source>Offline</source>
        <translation>Oflayn</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="466"/>
        <source>Signed out</source>
        <translation>Sessiya tugagan</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="467"/>
        <source>Offline only</source>
        <translation>Faqat oflayn</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="487"/>
        <source>{0} received</source>
        <translation>Qabul qilindi: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="495"/>
        <source>Sent {0}, received {1}, conflicts {2}, refused {3}; {4}</source>
        <translation>Yuborildi: {0}, qabul qilindi: {1}, ziddiyatlar: {2}, rad etildi: {3}; {4}</translation>
    </message>
</context>
<context>
    <name>ReferenceEditor</name>
    <message>
        <location filename="../../app/ui/form/reference.py" line="54"/>
        <source>Type to search</source>
        <translation>Qidirish uchun yozing</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/reference.py" line="112"/>
        <source>choose one of the suggested records</source>
        <translation>taklif qilingan yozuvlardan birini tanlang</translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <location filename="../../app/ui/form/repeat.py" line="42"/>
        <source>Remove row</source>
        <translation>Qatorni oʻchirish</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/repeat.py" line="92"/>
        <source>Add row</source>
        <translation>Qator qoʻshish</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/repeat.py" line="94"/>
        <source>No rows yet.</source>
        <translation>Hozircha qatorlar yoʻq.</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/repeat.py" line="273"/>
        <source>This list has room for at most %1 rows.</source>
        <translation>Bu roʻyxatga koʻpi bilan %1 ta qator sigʻadi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/repeat.py" line="279"/>
        <source>Row %1</source>
        <translation>%1-qator</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="56"/>
        <source>Reports</source>
        <translation>Hisobotlar</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="60"/>
        <source>Attendance by week</source>
        <translation>Haftalar boʻyicha davomat</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="63"/>
        <source>&amp;Class:</source>
        <translation>&amp;Sinf:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="78"/>
        <source>Digital education: indicators against the year&apos;s targets</source>
        <translation>Raqamli taʼlim: koʻrsatkichlar va yillik reja</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="81"/>
        <source>&amp;Quarter:</source>
        <translation>&amp;Chorak:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="86"/>
        <source>{0}, quarter {1}</source>
        <translation>{0}-yil, {1}-chorak</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="125"/>
        <source>the last {0} weeks, {1} – {2}</source>
        <translation>soʻnggi {0} hafta, {1} – {2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="129"/>
        <source>No classes in your registers.</source>
        <translation>Reyestrlaringizda sinflar yoʻq.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="139"/>
        <source>No attendance sheets of this class in these weeks.</source>
        <translation>Bu haftalarda bu sinfning davomat varaqalari yoʻq.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="165"/>
        <source>no target</source>
        <translation>reja yoʻq</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="167"/>
        <source>{0} ({1} of {2})</source>
        <translation>{0} ({2} dan {1})</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="170"/>
        <source>target</source>
        <translation>reja</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="171"/>
        <source>No indicators.</source>
        <translation>Koʻrsatkichlar yoʻq.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="172"/>
        <source>{0}: achieved since 1 January, as % of the year&apos;s target</source>
        <translation>{0}: 1-yanvardan beri bajarilgani, yillik rejaga nisbatan %</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="175"/>
        <source>not submitted yet: {0}</source>
        <translation>hali topshirmaganlar: {0}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../app/ui/app.py" line="160"/>
        <source>{0} has unsaved changes open; {0} must unlock and save them first.</source>
        <translation>{0} ochiq ishda saqlanmagan oʻzgarishlar bor; avval {0} qulfni ochib, ularni saqlashi kerak.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="220"/>
        <source>Sign in again</source>
        <translation>Qayta kirish</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="221"/>
        <source>Password of {0} at {1}:</source>
        <translation>{0} foydalanuvchisining {1} serveridagi paroli:</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="229"/>
        <source>Signed in again.</source>
        <translation>Qayta kirildi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="262"/>
        <source>Settings</source>
        <translation>Sozlamalar</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="263"/>
        <source>Language:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="275"/>
        <source>Save or undo the changes of the open case first.</source>
        <translation>Avval ochiq ishdagi oʻzgarishlarni saqlang yoki bekor qiling.</translation>
    </message>
</context>
<context>
    <name>SyncAgent</name>
    <message>
        <location filename="../../app/ui/sync_agent.py" line="154"/>
        <source>This profile works offline only: there is no server to sync with.</source>
        <translation>Bu profil faqat oflayn ishlaydi: sinxronlash uchun server yoʻq.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_agent.py" line="200"/>
        <source>The server asks you to sign in again.</source>
        <translation>Server tizimga qaytadan kirishingizni soʻramoqda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_agent.py" line="205"/>
        <source>The server cannot be reached; your changes are kept and will be sent when it answers.</source>
        <translation>Server bilan aloqa yoʻq; oʻzgarishlaringiz saqlanadi va server javob berganda yuboriladi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_agent.py" line="214"/>
        <source>The server refused the sync: {0}</source>
        <translation>Server sinxronlashni rad etdi: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_agent.py" line="220"/>
        <source>The sync stopped: {0}</source>
        <translation>Sinxronlash toʻxtadi: {0}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="11"/>
        <source>Online</source>
        <translation>Onlayn</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="12"/>
        <source>Offline — changes are kept and sent when the server answers</source>
        <translation>Oflayn — oʻzgarishlar saqlanadi va server javob berganda yuboriladi</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="15"/>
        <source>Syncing…</source>
        <translation>Sinxronlanmoqda…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="16"/>
        <source>Signed out by the server — sign in again to sync</source>
        <translation>Server sessiyani tugatdi — sinxronlash uchun tizimga qaytadan kiring</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="17"/>
        <source>Offline only — this profile has no server</source>
        <translation>Faqat oflayn — bu profilda server yoʻq</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="31"/>
        <source>Sync</source>
        <translation>Sinxronlash</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="40"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="41"/>
        <source>Connection:</source>
        <translation>Ulanish:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="42"/>
        <source>Changes waiting to be sent:</source>
        <translation>Yuborilishini kutayotgan oʻzgarishlar:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="43"/>
        <source>Last sync:</source>
        <translation>Soʻnggi sinxronlash:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="44"/>
        <source>Data of the last sync:</source>
        <translation>Soʻnggi sinxronlash hajmi:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="49"/>
        <source>Sync now (F5)</source>
        <translation>Hozir sinxronlash (F5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="51"/>
        <source>Sign in again…</source>
        <translation>Qayta kirish…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="54"/>
        <source>Changes the server refused:</source>
        <translation>Server rad etgan oʻzgarishlar:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="57"/>
        <source>Log:</source>
        <translation>Jurnal:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="64"/>
        <source>none (offline only)</source>
        <translation>yoʻq (faqat oflayn)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="67"/>
        <source>never</source>
        <translation>hali boʻlmagan</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="74"/>
        <source>None.</source>
        <translation>Yoʻq.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="220"/>
        <source>Daftar is locked</source>
        <translation>Daftar qulflangan</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="222"/>
        <source>Daftar — who is working?</source>
        <translation>Daftar — kim ishlamoqda?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="225"/>
        <source>People on this computer:</source>
        <translation>Bu kompyuterdagi foydalanuvchilar:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="228"/>
        <source>offline only</source>
        <translation>faqat oflayn</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="239"/>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="245"/>
        <source>Another user…</source>
        <translation>Boshqa foydalanuvchi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="247"/>
        <source>Unlock</source>
        <translation>Qulfdan chiqarish</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="265"/>
        <source>Choose who you are first.</source>
        <translation>Avval kim ekaningizni tanlang.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="269"/>
        <source>Checking…</source>
        <translation>Tekshirilmoqda…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="278"/>
        <source>Wrong password. Passwords are checked on this computer; the server is not asked.</source>
        <translation>Parol notoʻgʻri. Parollar shu kompyuterda tekshiriladi; serverga murojaat qilinmaydi.</translation>
    </message>
</context>
</TS>
