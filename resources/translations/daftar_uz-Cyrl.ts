<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_Cyrl">
<context>
    <name>Ask</name>
    <message>
        <location filename="../../app/ui/dialogs/ask.py" line="38"/>
        <location filename="../../app/ui/dialogs/ask.py" line="54"/>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ask.py" line="52"/>
        <source>Save</source>
        <translation>Сақлаш</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ask.py" line="53"/>
        <source>Discard changes</source>
        <translation>Ўзгаришларни ташлаб юбориш</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="31"/>
        <source>cannot read the file: %1</source>
        <translation>файлни ўқиб бўлмади: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="36"/>
        <source>is a folder, not a file</source>
        <translation>бу файл эмас, папка</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="55"/>
        <location filename="../../app/ui/form/attachment.py" line="63"/>
        <location filename="../../app/ui/form/attachment.py" line="119"/>
        <location filename="../../app/ui/form/attachment.py" line="154"/>
        <source>Attach file…</source>
        <translation>Файл бириктириш…</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="56"/>
        <source>Open</source>
        <translation>Очиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="57"/>
        <source>Remove</source>
        <translation>Ўчириш</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="64"/>
        <location filename="../../app/ui/form/attachment.py" line="152"/>
        <source>Replace…</source>
        <translation>Алмаштириш…</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="116"/>
        <source>Accepted files</source>
        <translation>Рухсат этилган файллар</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="117"/>
        <source>All files</source>
        <translation>Барча файллар</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="140"/>
        <source>new, saved with the case</source>
        <translation>янги, иш билан бирга сақланади</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="148"/>
        <source>No file</source>
        <translation>Файл йўқ</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="40"/>
        <source>Present</source>
        <translation>Қатнашди</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="41"/>
        <source>Absent, unexcused</source>
        <translation>Сабабсиз келмади</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="42"/>
        <source>Absent, excused</source>
        <translation>Сабабли келмади</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="43"/>
        <source>Late, unexcused</source>
        <translation>Сабабсиз кечикди</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="44"/>
        <source>Late, excused</source>
        <translation>Сабабли кечикди</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="47"/>
        <source>Health</source>
        <translation>Саломатлик</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="48"/>
        <source>Emergency</source>
        <translation>Фавқулодда ҳолат</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="49"/>
        <source>Other</source>
        <translation>Бошқа</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="52"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="53"/>
        <source>Pupil</source>
        <translation>Ўқувчи</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="54"/>
        <source>Attendance</source>
        <translation>Давомат</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="55"/>
        <source>Reason</source>
        <translation>Сабаби</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="174"/>
        <source>choose: 1, 2 or 3</source>
        <translation>танланг: 1, 2 ёки 3</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="54"/>
        <source>Take attendance</source>
        <translation>Давоматни белгилаш</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="65"/>
        <source>&amp;Class:</source>
        <translation>&amp;Синф:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="66"/>
        <source>&amp;Date:</source>
        <translation>Са&amp;на:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="110"/>
        <source>&lt;b&gt;↑ ↓&lt;/b&gt; pupil · &lt;b&gt;P&lt;/b&gt; or &lt;b&gt;Space&lt;/b&gt; present · &lt;b&gt;A&lt;/b&gt; absent · &lt;b&gt;E&lt;/b&gt; absent, excused · &lt;b&gt;L&lt;/b&gt; late · &lt;b&gt;K&lt;/b&gt; late, excused · &lt;b&gt;1 2 3&lt;/b&gt; reason · &lt;b&gt;Ctrl+S&lt;/b&gt; save · &lt;b&gt;Ctrl+Enter&lt;/b&gt; save and submit</source>
        <translation>&lt;b&gt;↑ ↓&lt;/b&gt; ўқувчи · &lt;b&gt;P&lt;/b&gt; ёки &lt;b&gt;Пробел&lt;/b&gt; қатнашди · &lt;b&gt;A&lt;/b&gt; сабабсиз келмади · &lt;b&gt;E&lt;/b&gt; сабабли келмади · &lt;b&gt;L&lt;/b&gt; кечикди · &lt;b&gt;K&lt;/b&gt; сабабли кечикди · &lt;b&gt;1 2 3&lt;/b&gt; сабаб · &lt;b&gt;Ctrl+S&lt;/b&gt; сақлаш · &lt;b&gt;Ctrl+Enter&lt;/b&gt; сақлаш ва топшириш</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="126"/>
        <source>Save</source>
        <translation>Сақлаш</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="128"/>
        <source>Save and submit</source>
        <translation>Сақлаш ва топшириш</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="129"/>
        <source>Close</source>
        <translation>Ёпиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="155"/>
        <source>There are no classes in your registers yet: add the class and its pupils under Registers first.</source>
        <translation>Реестрларингизда ҳали синфлар йўқ: аввал Реестрлар бўлимида синф ва унинг ўқувчиларини қўшинг.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="186"/>
        <source>The marks of this class and day are not saved. Drop them?</source>
        <translation>Бу синф ва куннинг белгилари сақланмаган. Улар бекор қилинсинми?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="188"/>
        <source>Drop the marks</source>
        <translation>Белгиларни бекор қилиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="204"/>
        <source>No pupils of this class in the Student register.</source>
        <translation>Ўқувчилар реестрида бу синфнинг ўқувчилари йўқ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="207"/>
        <source>This day is entered already: saving makes a corrected sheet.</source>
        <translation>Бу кун аллақачон киритилган: сақланса, тузатилган варақа яратилади.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="275"/>
        <source>Reason for {0}:</source>
        <translation>{0} сабаби:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="284"/>
        <source>{0} of {1} present</source>
        <translation>{1} тадан {0} таси келди</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="287"/>
        <source>absent {0}, late {1}</source>
        <translation>келмаган {0}, кечиккан {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="302"/>
        <source>An excused mark needs its reason (1, 2 or 3); without one: {0}.</source>
        <translation>Сабабли белгига сабаб керак (1, 2 ёки 3); сабаби кўрсатилмаганлар: {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="185"/>
        <location filename="../../app/ui/views/attendance.py" line="330"/>
        <source>Unsaved marks</source>
        <translation>Сақланмаган белгилар</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="331"/>
        <source>The marks are not saved. Close without saving?</source>
        <translation>Белгилар сақланмаган. Сақламасдан ёпилсинми?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="332"/>
        <source>Close without saving</source>
        <translation>Сақламасдан ёпиш</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="37"/>
        <source>Search names, numbers, any word…</source>
        <translation>Исм, рақам ёки исталган сўз бўйича қидириш…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="44"/>
        <source>Any deadline</source>
        <translation>Исталган муддат</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="45"/>
        <source>Overdue</source>
        <translation>Муддати ўтган</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="46"/>
        <source>Due within 3 days</source>
        <translation>Муддати 3 кун ичида</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="98"/>
        <source>All services</source>
        <translation>Барча хизматлар</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="110"/>
        <source>Any state</source>
        <translation>Исталган ҳолат</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="139"/>
        <source>Nothing here.</source>
        <translation>Ҳеч нарса йўқ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="141"/>
        <source>{0} shown; scroll for more</source>
        <translation>{0} та кўрсатилган; давоми учун пастга айлантиринг</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="143"/>
        <source>{0} in all</source>
        <translation>Жами: {0}</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../app/ui/models/case_table.py" line="31"/>
        <source>Case</source>
        <translation>Иш</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table.py" line="32"/>
        <source>Service</source>
        <translation>Хизмат</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table.py" line="33"/>
        <source>State</source>
        <translation>Ҳолати</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table.py" line="34"/>
        <source>Due</source>
        <translation>Муддат</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table.py" line="35"/>
        <source>Updated</source>
        <translation>Янгиланган</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table.py" line="171"/>
        <source>overdue</source>
        <translation>муддати ўтган</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="62"/>
        <source>← Back</source>
        <translation>← Орқага</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="63"/>
        <source>Back to the list (Esc)</source>
        <translation>Рўйхатга қайтиш (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="93"/>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="109"/>
        <source>Documents</source>
        <translation>Ҳужжатлар</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="118"/>
        <source>Undo changes</source>
        <translation>Ўзгаришларни бекор қилиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="120"/>
        <source>Save</source>
        <translation>Сақлаш</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="121"/>
        <location filename="../../app/ui/views/case_view.py" line="322"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Ўзгаришларни сақлаш (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="170"/>
        <source>New: {0}</source>
        <translation>Янги иш: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="172"/>
        <source>Fill in the form and save; the case starts as a draft only you can see until the next sync.</source>
        <translation>Шаклни тўлдиринг ва сақланг; кейинги синхронлашгача иш фақат сизга кўринадиган қоралама бўлиб туради.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="417"/>
        <source>No documents yet.</source>
        <translation>Ҳозирча ҳужжатлар йўқ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="210"/>
        <source>Not on this computer yet: {0}. They are fetched when you open them online.</source>
        <translation>Бу компьютерда ҳали йўқ: {0}. Улар онлайн режимда очилганда юклаб олинади.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="103"/>
        <source>Save as PDF…</source>
        <translation>PDF сифатида сақлаш…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="105"/>
        <source>Print the chosen document to a PDF file (Enter)</source>
        <translation>Танланган ҳужжатни PDF файлга чиқариш (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="225"/>
        <source>due {0}</source>
        <translation>муддат: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="227"/>
        <source>overdue</source>
        <translation>муддати ўтган</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="276"/>
        <source>Created</source>
        <translation>Яратилди</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="278"/>
        <source>Edited</source>
        <translation>Таҳрирланди</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="293"/>
        <source>No history.</source>
        <translation>Тарих йўқ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="319"/>
        <source>Correct the fields marked in red first</source>
        <translation>Аввал қизил билан белгиланган майдонларни тузатинг</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="334"/>
        <source>Correct the fields marked in red first.</source>
        <translation>Аввал қизил билан белгиланган майдонларни тузатинг.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="337"/>
        <source>Nothing to save.</source>
        <translation>Сақланадиган ўзгариш йўқ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="364"/>
        <source>Saved.</source>
        <translation>Сақланди.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="376"/>
        <source>{0}: are you sure?</source>
        <translation>{0}: ишончингиз комилми?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="378"/>
        <source>This decides the case; it cannot be changed afterwards.</source>
        <translation>Бу иш бўйича якуний қарор; кейин уни ўзгартириб бўлмайди.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="392"/>
        <source>Receipt of the documents</source>
        <translation>Қабул тилхати</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="393"/>
        <source>Decision</source>
        <translation>Қарор</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="394"/>
        <source>Registration certificate</source>
        <translation>Рўйхатга олинганлик гувоҳномаси</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="395"/>
        <source>Observer&apos;s mandate</source>
        <translation>Кузатувчи мандати</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="396"/>
        <source>Correcting decision</source>
        <translation>Тузатиш киритиш тўғрисидаги қарор</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="397"/>
        <source>Exit order</source>
        <translation>Чиқиш буйруғи</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="398"/>
        <source>Staff order</source>
        <translation>Ходимлар бўйича буйруқ</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="399"/>
        <source>Kindergarten voucher</source>
        <translation>Боғчага йўлланма</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="400"/>
        <source>Quarterly report</source>
        <translation>Чораклик ҳисобот</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="410"/>
        <source>(provisional number until the next sync)</source>
        <translation>(кейинги синхронлашгача вақтинчалик рақам)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="438"/>
        <source>Save the document</source>
        <translation>Ҳужжатни сақлаш</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="439"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ҳужжатлар (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="443"/>
        <source>Printing…</source>
        <translation>Чоп этилмоқда…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="448"/>
        <source>Saved to {0}</source>
        <translation>{0} га сақланди</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="487"/>
        <source>Unsaved changes</source>
        <translation>Сақланмаган ўзгаришлар</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="488"/>
        <source>Save the changes to this case before leaving it?</source>
        <translation>Ишни ёпишдан олдин ундаги ўзгаришларни сақлайсизми?</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="30"/>
        <source>Changed on two sides: {0}</source>
        <translation>Икки томонда ўзгартирилган: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="33"/>
        <source>These fields were changed here and by someone else before the two copies met. Nothing is lost: choose which value the case keeps, or type the right one.</source>
        <translation>Бу майдонлар икки нусха синхронланишидан олдин шу ерда ҳам, бошқа киши томонидан ҳам ўзгартирилган. Ҳеч нарса йўқолмаган: ишда қайси қиймат қолишини танланг ёки тўғри қийматни киритинг.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="43"/>
        <source>Field</source>
        <translation>Майдон</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="44"/>
        <source>Before (base)</source>
        <translation>Олдинги (асл)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="45"/>
        <source>Mine</source>
        <translation>Меники</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="46"/>
        <source>Theirs</source>
        <translation>Бошқаники</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="47"/>
        <source>Keep</source>
        <translation>Қолдириш</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="63"/>
        <source>Keep mine</source>
        <translation>Меникини қолдириш</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="65"/>
        <source>Keep theirs</source>
        <translation>Бошқаникини қолдириш</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="67"/>
        <source>Type a value</source>
        <translation>Қийматни киритиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="91"/>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="94"/>
        <source>Resolve</source>
        <translation>Ҳал қилиш</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="32"/>
        <source>Conflicts</source>
        <translation>Зиддиятлар</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="36"/>
        <source>A field changed here and elsewhere at the same time keeps both values until someone decides. Press Enter to decide.</source>
        <translation>Бир вақтда шу ерда ҳам, бошқа жойда ҳам ўзгартирилган майдон кимдир қарор қабул қилмагунча иккала қийматни сақлайди. Қарор қабул қилиш учун Enter тугмасини босинг.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="49"/>
        <source>Case</source>
        <translation>Иш</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="50"/>
        <source>Field</source>
        <translation>Майдон</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="51"/>
        <source>Mine</source>
        <translation>Меники</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="52"/>
        <source>Theirs</source>
        <translation>Бошқаники</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="78"/>
        <source>No conflicts.</source>
        <translation>Зиддиятлар йўқ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="80"/>
        <source>{0} to decide</source>
        <translation>Ҳал қилиниши керак: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="105"/>
        <source>Resolved {0}; it is sent at the next sync.</source>
        <translation>{0} та ҳал қилинди; кейинги синхронлашда юборилади.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="29"/>
        <source>Choose the language of the program.</source>
        <translation>Дастур тилини танланг.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="42"/>
        <source>Where do you work?</source>
        <translation>Қаерда ишлайсиз?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="44"/>
        <source>Your commission or school gives you the server address. Without one, Daftar works on this computer only.</source>
        <translation>Сервер манзилини комиссиянгиз ёки мактабингиз беради. Усиз Daftar фақат шу компьютерда ишлайди.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="52"/>
        <source>Connect to a server:</source>
        <translation>Серверга уланиш:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="55"/>
        <source>Work offline only</source>
        <translation>Фақат офлайн ишлаш</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="79"/>
        <location filename="../../app/ui/dialogs/sign_in.py" line="192"/>
        <source>Sign in</source>
        <translation>Тизимга кириш</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="88"/>
        <source>User name:</source>
        <translation>Фойдаланувчи номи:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="89"/>
        <source>Password:</source>
        <translation>Парол:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="91"/>
        <source>Full name:</source>
        <translation>Ф.И.Ш.:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="92"/>
        <source>Organisation:</source>
        <translation>Ташкилот:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="93"/>
        <source>Role:</source>
        <translation>Рол:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="110"/>
        <source>Choose a user name and a password that protects this profile on a shared computer.</source>
        <translation>Фойдаланувчи номи ва паролни ўйлаб топинг: парол умумий компьютерда ушбу профилни ҳимоя қилади.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="116"/>
        <source>Your user name and password at the server.</source>
        <translation>Сервердаги фойдаланувчи номингиз ва паролингиз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="126"/>
        <source>Type your user name and password.</source>
        <translation>Фойдаланувчи номи ва паролни киритинг.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="129"/>
        <source>Signing in…</source>
        <translation>Тизимга кирилмоқда…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="175"/>
        <source>Welcome to Daftar</source>
        <translation>Daftar дастурига хуш келибсиз</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="190"/>
        <source>&lt; Back</source>
        <translation>&lt; Орқага</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="191"/>
        <source>Next &gt;</source>
        <translation>Кейинги &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="193"/>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../app/ui/form/editors.py" line="33"/>
        <location filename="../../app/ui/form/editors.py" line="291"/>
        <source>Yes</source>
        <translation>Ҳа</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/editors.py" line="33"/>
        <location filename="../../app/ui/form/editors.py" line="292"/>
        <source>No</source>
        <translation>Йўқ</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/editors.py" line="174"/>
        <source>dd.mm.yyyy hh:mm</source>
        <translation>кк.оо.йййй сс:дд</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/editors.py" line="176"/>
        <source>dd.mm.yyyy</source>
        <translation>кк.оо.йййй</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/editors.py" line="188"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Тақвимдан танлаш (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/editors.py" line="360"/>
        <source>Filled in by the form</source>
        <translation>Автоматик тўлдирилади</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/view.py" line="330"/>
        <source>This case cannot be changed now.</source>
        <translation>Бу ишни ҳозир ўзгартириб бўлмайди.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="49"/>
        <source>Import into {0}</source>
        <translation>Импорт қилиш: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="54"/>
        <source>No file chosen</source>
        <translation>Файл танланмаган</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="56"/>
        <location filename="../../app/ui/dialogs/register_import.py" line="102"/>
        <source>Choose file…</source>
        <translation>Файлни танлаш…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="70"/>
        <source>Save rejected rows…</source>
        <translation>Рад этилган қаторларни сақлаш…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="72"/>
        <source>Import</source>
        <translation>Импорт қилиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="75"/>
        <location filename="../../app/ui/dialogs/register_import.py" line="168"/>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="93"/>
        <source>Choose a CSV or Excel (.xlsx) file. Its first row names the columns, in any language: {0}. Columns marked * are required. Nothing is written before you see a preview.</source>
        <translation>CSV ёки Excel (.xlsx) файлини танланг. Унинг биринчи қаторида устунлар номи исталган тилда ёзилади: {0}. * белгили устунлар мажбурий. Олдиндан кўриб чиқмагунингизча ҳеч нарса ёзилмайди.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="134"/>
        <source>Importing…</source>
        <translation>Импорт қилинмоқда…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="167"/>
        <source>Close</source>
        <translation>Ёпиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="174"/>
        <source>Choose a spreadsheet</source>
        <translation>Жадвал файлини танланг</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="175"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Жадваллар (*.csv *.xlsx);;Барча файллар (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="183"/>
        <source>Reading {0}…</source>
        <translation>{0} ўқилмоқда…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="193"/>
        <source>{0} rows in the file: {1} can be imported.</source>
        <translation>Файлда {0} қатор: {1} тасини импорт қилиш мумкин.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="196"/>
        <source>{0} have problems and will not be imported (listed below); the others are not held back by them.</source>
        <translation>{0} тасида муаммо бор, улар импорт қилинмайди (рўйхати қуйида); қолганларига улар халал бермайди.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="200"/>
        <location filename="../../app/ui/dialogs/register_import.py" line="302"/>
        <source>{0} were imported before and are skipped.</source>
        <translation>{0} таси аввал импорт қилинган ва ўтказиб юборилади.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="213"/>
        <source>Columns: {0}</source>
        <translation>Устунлар: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="217"/>
        <source>Ignored: {0}</source>
        <translation>Эътиборсиз қолдирилди: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="220"/>
        <source>No column for the required {0}: every row lacks it.</source>
        <translation>Мажбурий {0} учун устун йўқ: у ҳеч бир қаторда йўқ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="238"/>
        <source>(ignored)</source>
        <translation>(эътиборсиз)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="254"/>
        <source>Imported before; skipped</source>
        <translation>Аввал импорт қилинган; ўтказиб юборилди</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="280"/>
        <source>Importing {0} rows…</source>
        <translation>{0} қатор импорт қилинмоқда…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="299"/>
        <source>Imported {0} of {1} rows.</source>
        <translation>{1} қатордан {0} таси импорт қилинди.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="306"/>
        <source>{0} rows were rejected: fix them in the saved file and import it again.</source>
        <translation>{0} қатор рад этилди: уларни сақланган файлда тузатинг ва қайта импорт қилинг.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="321"/>
        <source>The import stopped: {0}. The rows written before are kept; import the file again to add the rest.</source>
        <translation>Импорт тўхтади: {0}. Олдин ёзилган қаторлар сақланиб қолди; қолганларини қўшиш учун файлни қайта импорт қилинг.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="347"/>
        <source>Save rejected rows</source>
        <translation>Рад этилган қаторларни сақлаш</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="348"/>
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="360"/>
        <source>Saved to {0}. Fix the rows there and import that file: the columns “Row in file” and “Problems” are ignored.</source>
        <translation>{0} файлига сақланди. Қаторларни ўша ерда тузатинг ва шу файлни импорт қилинг: “Row in file” ва “Problems” устунлари эътиборга олинмайди.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="389"/>
        <source>Row</source>
        <translation>Қатор</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="390"/>
        <source>Column</source>
        <translation>Устун</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="391"/>
        <source>Problem</source>
        <translation>Муаммо</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="410"/>
        <source>… and {0} more: save the rejected rows to see them all</source>
        <translation>… яна {0} та: ҳаммасини кўриш учун рад этилган қаторларни сақланг</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="40"/>
        <source>My inbox</source>
        <translation>Кирувчи ишларим</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="41"/>
        <location filename="../../app/ui/views/main_window.py" line="99"/>
        <source>Cases</source>
        <translation>Ишлар</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="42"/>
        <location filename="../../app/ui/views/main_window.py" line="140"/>
        <source>Registers</source>
        <translation>Реестрлар</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="43"/>
        <location filename="../../app/ui/views/main_window.py" line="446"/>
        <source>Conflicts</source>
        <translation>Зиддиятлар</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="44"/>
        <source>Sync</source>
        <translation>Синхронлаш</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="45"/>
        <source>Reports</source>
        <translation>Ҳисоботлар</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="72"/>
        <source>Daftar — {0}</source>
        <translation>Daftar — {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="96"/>
        <source>Cases waiting for your action</source>
        <translation>Сиздан ҳаракат кутилаётган ишлар</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="144"/>
        <source>New record…</source>
        <translation>Янги ёзув…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="147"/>
        <source>Import…</source>
        <translation>Импорт қилиш…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="149"/>
        <source>Add records from a CSV or Excel file, with a preview first</source>
        <translation>CSV ёки Excel файлидан ёзувлар қўшиш, аввал олдиндан кўриб чиқиб</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="165"/>
        <source>&amp;Daftar</source>
        <translation>&amp;Daftar</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="166"/>
        <source>&amp;New case…</source>
        <translation>&amp;Янги иш…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="169"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Ҳозир синхронлаш</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="172"/>
        <source>&amp;Find cases</source>
        <translation>&amp;Ишларни қидириш</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="175"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Созламалар…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="177"/>
        <source>&amp;Lock</source>
        <translation>&amp;Қулфлаш</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="181"/>
        <source>Take &amp;attendance…</source>
        <translation>&amp;Давоматни белгилаш…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="184"/>
        <source>S&amp;witch user…</source>
        <translation>&amp;Фойдаланувчини алмаштириш…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="186"/>
        <source>&amp;Quit</source>
        <translation>&amp;Чиқиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="206"/>
        <source>&amp;Go</source>
        <translation>&amp;Ўтиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="213"/>
        <source>Main</source>
        <translation>Асосий</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="288"/>
        <source>Unsaved changes</source>
        <translation>Сақланмаган ўзгаришлар</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="289"/>
        <source>The open case has unsaved changes. Quit without saving?</source>
        <translation>Очиқ ишда сақланмаган ўзгаришлар бор. Сақламасдан чиқасизми?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="290"/>
        <source>Quit without saving</source>
        <translation>Сақламасдан чиқиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="350"/>
        <source>You cannot start any case with your roles.</source>
        <translation>Ролларингиз ҳеч қандай ишни бошлашга рухсат бермайди.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="355"/>
        <source>New case</source>
        <translation>Янги иш</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="356"/>
        <source>Service:</source>
        <translation>Хизмат:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="410"/>
        <source>Fetching the file from the server…</source>
        <translation>Файл сервердан юклаб олинмоқда…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="437"/>
        <source>{0} to send</source>
        <translation>Юборилмаган: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="438"/>
        <source>never</source>
        <translation>ҳали бўлмаган</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="440"/>
        <source>last sync {0}</source>
        <translation>сўнгги синхронлаш: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="463"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="464"/>
        <source>Syncing…</source>
        <translation>Синхронланмоқда…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="465"/>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="466"/>
        <source>Signed out</source>
        <translation>Сессия тугаган</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="467"/>
        <source>Offline only</source>
        <translation>Фақат офлайн</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="487"/>
        <source>{0} received</source>
        <translation>Қабул қилинди: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="495"/>
        <source>Sent {0}, received {1}, conflicts {2}, refused {3}; {4}</source>
        <translation>Юборилди: {0}, қабул қилинди: {1}, зиддиятлар: {2}, рад этилди: {3}; {4}</translation>
    </message>
</context>
<context>
    <name>ReferenceEditor</name>
    <message>
        <location filename="../../app/ui/form/reference.py" line="54"/>
        <source>Type to search</source>
        <translation>Қидириш учун ёзинг</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/reference.py" line="112"/>
        <source>choose one of the suggested records</source>
        <translation>таклиф қилинган ёзувлардан бирини танланг</translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <location filename="../../app/ui/form/repeat.py" line="42"/>
        <source>Remove row</source>
        <translation>Қаторни ўчириш</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/repeat.py" line="92"/>
        <source>Add row</source>
        <translation>Қатор қўшиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/repeat.py" line="94"/>
        <source>No rows yet.</source>
        <translation>Ҳозирча қаторлар йўқ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/repeat.py" line="273"/>
        <source>This list has room for at most %1 rows.</source>
        <translation>Бу рўйхатга кўпи билан %1 та қатор сиғади.</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/repeat.py" line="279"/>
        <source>Row %1</source>
        <translation>%1-қатор</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="56"/>
        <source>Reports</source>
        <translation>Ҳисоботлар</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="60"/>
        <source>Attendance by week</source>
        <translation>Ҳафталар бўйича давомат</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="63"/>
        <source>&amp;Class:</source>
        <translation>&amp;Синф:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="78"/>
        <source>Digital education: indicators against the year&apos;s targets</source>
        <translation>Рақамли таълим: кўрсаткичлар ва йиллик режа</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="81"/>
        <source>&amp;Quarter:</source>
        <translation>&amp;Чорак:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="86"/>
        <source>{0}, quarter {1}</source>
        <translation>{0} йил, {1}-чорак</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="125"/>
        <source>the last {0} weeks, {1} – {2}</source>
        <translation>сўнгги {0} ҳафта, {1} – {2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="129"/>
        <source>No classes in your registers.</source>
        <translation>Реестрларингизда синфлар йўқ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="139"/>
        <source>No attendance sheets of this class in these weeks.</source>
        <translation>Бу ҳафталарда бу синфнинг давомат варақалари йўқ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="165"/>
        <source>no target</source>
        <translation>режа йўқ</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="167"/>
        <source>{0} ({1} of {2})</source>
        <translation>{0} ({2} дан {1})</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="170"/>
        <source>target</source>
        <translation>режа</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="171"/>
        <source>No indicators.</source>
        <translation>Кўрсаткичлар йўқ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="172"/>
        <source>{0}: achieved since 1 January, as % of the year&apos;s target</source>
        <translation>{0}: 1 январдан бери бажарилгани, йиллик режага нисбатан %</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="175"/>
        <source>not submitted yet: {0}</source>
        <translation>ҳали топширмаганлар: {0}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../app/ui/app.py" line="160"/>
        <source>{0} has unsaved changes open; {0} must unlock and save them first.</source>
        <translation>{0} очиқ ишда сақланмаган ўзгаришлар бор; аввал {0} қулфни очиб, уларни сақлаши керак.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="220"/>
        <source>Sign in again</source>
        <translation>Қайта кириш</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="221"/>
        <source>Password of {0} at {1}:</source>
        <translation>{0} фойдаланувчисининг {1} серверидаги пароли:</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="229"/>
        <source>Signed in again.</source>
        <translation>Қайта кирилди.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="262"/>
        <source>Settings</source>
        <translation>Созламалар</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="263"/>
        <source>Language:</source>
        <translation>Тил:</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="275"/>
        <source>Save or undo the changes of the open case first.</source>
        <translation>Аввал очиқ ишдаги ўзгаришларни сақланг ёки бекор қилинг.</translation>
    </message>
</context>
<context>
    <name>SyncAgent</name>
    <message>
        <location filename="../../app/ui/sync_agent.py" line="154"/>
        <source>This profile works offline only: there is no server to sync with.</source>
        <translation>Бу профиль фақат офлайн ишлайди: синхронлаш учун сервер йўқ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_agent.py" line="200"/>
        <source>The server asks you to sign in again.</source>
        <translation>Сервер тизимга қайтадан киришингизни сўрамоқда.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_agent.py" line="205"/>
        <source>The server cannot be reached; your changes are kept and will be sent when it answers.</source>
        <translation>Сервер билан алоқа йўқ; ўзгаришларингиз сақланади ва сервер жавоб берганда юборилади.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_agent.py" line="214"/>
        <source>The server refused the sync: {0}</source>
        <translation>Сервер синхронлашни рад этди: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_agent.py" line="220"/>
        <source>The sync stopped: {0}</source>
        <translation>Синхронлаш тўхтади: {0}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="11"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="12"/>
        <source>Offline — changes are kept and sent when the server answers</source>
        <translation>Офлайн — ўзгаришлар сақланади ва сервер жавоб берганда юборилади</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="15"/>
        <source>Syncing…</source>
        <translation>Синхронланмоқда…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="16"/>
        <source>Signed out by the server — sign in again to sync</source>
        <translation>Сервер сессияни тугатди — синхронлаш учун тизимга қайтадан киринг</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="17"/>
        <source>Offline only — this profile has no server</source>
        <translation>Фақат офлайн — бу профилда сервер йўқ</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="31"/>
        <source>Sync</source>
        <translation>Синхронлаш</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="40"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="41"/>
        <source>Connection:</source>
        <translation>Уланиш:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="42"/>
        <source>Changes waiting to be sent:</source>
        <translation>Юборилишини кутаётган ўзгаришлар:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="43"/>
        <source>Last sync:</source>
        <translation>Сўнгги синхронлаш:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="44"/>
        <source>Data of the last sync:</source>
        <translation>Сўнгги синхронлаш ҳажми:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="49"/>
        <source>Sync now (F5)</source>
        <translation>Ҳозир синхронлаш (F5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="51"/>
        <source>Sign in again…</source>
        <translation>Қайта кириш…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="54"/>
        <source>Changes the server refused:</source>
        <translation>Сервер рад этган ўзгаришлар:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="57"/>
        <source>Log:</source>
        <translation>Журнал:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="64"/>
        <source>none (offline only)</source>
        <translation>йўқ (фақат офлайн)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="67"/>
        <source>never</source>
        <translation>ҳали бўлмаган</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="74"/>
        <source>None.</source>
        <translation>Йўқ.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="220"/>
        <source>Daftar is locked</source>
        <translation>Daftar қулфланган</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="222"/>
        <source>Daftar — who is working?</source>
        <translation>Daftar — ким ишламоқда?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="225"/>
        <source>People on this computer:</source>
        <translation>Бу компьютердаги фойдаланувчилар:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="228"/>
        <source>offline only</source>
        <translation>фақат офлайн</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="239"/>
        <source>Password</source>
        <translation>Парол</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="245"/>
        <source>Another user…</source>
        <translation>Бошқа фойдаланувчи…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="247"/>
        <source>Unlock</source>
        <translation>Қулфдан чиқариш</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="265"/>
        <source>Choose who you are first.</source>
        <translation>Аввал ким эканингизни танланг.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="269"/>
        <source>Checking…</source>
        <translation>Текширилмоқда…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="278"/>
        <source>Wrong password. Passwords are checked on this computer; the server is not asked.</source>
        <translation>Парол нотўғри. Пароллар шу компьютерда текширилади; серверга мурожаат қилинмайди.</translation>
    </message>
</context>
</TS>
