<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Ask</name>
    <message>
        <location filename="../../app/ui/dialogs/ask.py" line="38"/>
        <location filename="../../app/ui/dialogs/ask.py" line="54"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ask.py" line="52"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ask.py" line="53"/>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="31"/>
        <source>cannot read the file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="36"/>
        <source>is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="55"/>
        <location filename="../../app/ui/form/attachment.py" line="63"/>
        <location filename="../../app/ui/form/attachment.py" line="119"/>
        <location filename="../../app/ui/form/attachment.py" line="154"/>
        <source>Attach file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="56"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="57"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="64"/>
        <location filename="../../app/ui/form/attachment.py" line="152"/>
        <source>Replace…</source>
        <translation>Заменить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="116"/>
        <source>Accepted files</source>
        <translation>Допустимые файлы</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="117"/>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="140"/>
        <source>new, saved with the case</source>
        <translation>новый, сохраняется вместе с делом</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/attachment.py" line="148"/>
        <source>No file</source>
        <translation>Нет файла</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="40"/>
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="41"/>
        <source>Absent, unexcused</source>
        <translation>Отсутствует, без причины</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="42"/>
        <source>Absent, excused</source>
        <translation>Отсутствует, уважительно</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="43"/>
        <source>Late, unexcused</source>
        <translation>Опоздал, без причины</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="44"/>
        <source>Late, excused</source>
        <translation>Опоздал, уважительно</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="47"/>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="48"/>
        <source>Emergency</source>
        <translation>Чрезвычайная ситуация</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="49"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="52"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="53"/>
        <source>Pupil</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="54"/>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="55"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attendance_marks.py" line="174"/>
        <source>choose: 1, 2 or 3</source>
        <translation>выберите: 1, 2 или 3</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="54"/>
        <source>Take attendance</source>
        <translation>Отметить посещаемость</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="65"/>
        <source>&amp;Class:</source>
        <translation>&amp;Класс:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="66"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="110"/>
        <source>&lt;b&gt;↑ ↓&lt;/b&gt; pupil · &lt;b&gt;P&lt;/b&gt; or &lt;b&gt;Space&lt;/b&gt; present · &lt;b&gt;A&lt;/b&gt; absent · &lt;b&gt;E&lt;/b&gt; absent, excused · &lt;b&gt;L&lt;/b&gt; late · &lt;b&gt;K&lt;/b&gt; late, excused · &lt;b&gt;1 2 3&lt;/b&gt; reason · &lt;b&gt;Ctrl+S&lt;/b&gt; save · &lt;b&gt;Ctrl+Enter&lt;/b&gt; save and submit</source>
        <translation>&lt;b&gt;↑ ↓&lt;/b&gt; ученик · &lt;b&gt;P&lt;/b&gt; или &lt;b&gt;Пробел&lt;/b&gt; присутствует · &lt;b&gt;A&lt;/b&gt; отсутствует · &lt;b&gt;E&lt;/b&gt; отсутствует по уважительной · &lt;b&gt;L&lt;/b&gt; опоздал · &lt;b&gt;K&lt;/b&gt; опоздал по уважительной · &lt;b&gt;1 2 3&lt;/b&gt; причина · &lt;b&gt;Ctrl+S&lt;/b&gt; сохранить · &lt;b&gt;Ctrl+Enter&lt;/b&gt; сохранить и сдать</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="126"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="128"/>
        <source>Save and submit</source>
        <translation>Сохранить и сдать</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="129"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="155"/>
        <source>There are no classes in your registers yet: add the class and its pupils under Registers first.</source>
        <translation>В ваших реестрах ещё нет классов: сначала добавьте класс и его учеников в разделе «Реестры».</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="186"/>
        <source>The marks of this class and day are not saved. Drop them?</source>
        <translation>Отметки этого класса за этот день не сохранены. Отбросить их?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="188"/>
        <source>Drop the marks</source>
        <translation>Отбросить отметки</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="204"/>
        <source>No pupils of this class in the Student register.</source>
        <translation>В реестре учеников нет учеников этого класса.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="207"/>
        <source>This day is entered already: saving makes a corrected sheet.</source>
        <translation>Этот день уже внесён: при сохранении будет создан исправленный лист.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="275"/>
        <source>Reason for {0}:</source>
        <translation>Причина ({0}):</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="284"/>
        <source>{0} of {1} present</source>
        <translation>Присутствуют {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="287"/>
        <source>absent {0}, late {1}</source>
        <translation>отсутствуют {0}, опоздали {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="302"/>
        <source>An excused mark needs its reason (1, 2 or 3); without one: {0}.</source>
        <translation>Для уважительной отметки нужна причина (1, 2 или 3); без причины: {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="185"/>
        <location filename="../../app/ui/views/attendance.py" line="330"/>
        <source>Unsaved marks</source>
        <translation>Несохранённые отметки</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="331"/>
        <source>The marks are not saved. Close without saving?</source>
        <translation>Отметки не сохранены. Закрыть без сохранения?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/attendance.py" line="332"/>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="37"/>
        <source>Search names, numbers, any word…</source>
        <translation>Поиск по именам, номерам, любым словам…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="44"/>
        <source>Any deadline</source>
        <translation>Любой срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="45"/>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="46"/>
        <source>Due within 3 days</source>
        <translation>Срок в ближайшие 3 дня</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="98"/>
        <source>All services</source>
        <translation>Все услуги</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="110"/>
        <source>Any state</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="139"/>
        <source>Nothing here.</source>
        <translation>Здесь пусто.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="141"/>
        <source>{0} shown; scroll for more</source>
        <translation>Показано: {0}; прокрутите, чтобы увидеть остальные</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_list.py" line="143"/>
        <source>{0} in all</source>
        <translation>Всего: {0}</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../app/ui/models/case_table.py" line="31"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table.py" line="32"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table.py" line="33"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table.py" line="34"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table.py" line="35"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table.py" line="171"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="62"/>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="63"/>
        <source>Back to the list (Esc)</source>
        <translation>Вернуться к списку (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="93"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="109"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="118"/>
        <source>Undo changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="120"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="121"/>
        <location filename="../../app/ui/views/case_view.py" line="322"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Сохранить изменения (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="170"/>
        <source>New: {0}</source>
        <translation>Новое дело: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="172"/>
        <source>Fill in the form and save; the case starts as a draft only you can see until the next sync.</source>
        <translation>Заполните форму и сохраните; до следующей синхронизации дело будет черновиком, который видите только вы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="417"/>
        <source>No documents yet.</source>
        <translation>Документов пока нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="210"/>
        <source>Not on this computer yet: {0}. They are fetched when you open them online.</source>
        <translation>На этом компьютере пока нет: {0}. Они загрузятся, когда вы откроете их в режиме онлайн.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="103"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="105"/>
        <source>Print the chosen document to a PDF file (Enter)</source>
        <translation>Напечатать выбранный документ в PDF-файл (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="225"/>
        <source>due {0}</source>
        <translation>срок: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="227"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="276"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="278"/>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="293"/>
        <source>No history.</source>
        <translation>История пуста.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="319"/>
        <source>Correct the fields marked in red first</source>
        <translation>Сначала исправьте поля, отмеченные красным</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="334"/>
        <source>Correct the fields marked in red first.</source>
        <translation>Сначала исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="337"/>
        <source>Nothing to save.</source>
        <translation>Нет изменений для сохранения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="364"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="376"/>
        <source>{0}: are you sure?</source>
        <translation>{0}: вы уверены?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="378"/>
        <source>This decides the case; it cannot be changed afterwards.</source>
        <translation>Это окончательное решение по делу; потом его нельзя будет изменить.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="392"/>
        <source>Receipt of the documents</source>
        <translation>Расписка в приёме документов</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="393"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="394"/>
        <source>Registration certificate</source>
        <translation>Удостоверение о регистрации</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="395"/>
        <source>Observer&apos;s mandate</source>
        <translation>Мандат наблюдателя</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="396"/>
        <source>Correcting decision</source>
        <translation>Решение об исправлении</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="397"/>
        <source>Exit order</source>
        <translation>Приказ о выбытии</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="398"/>
        <source>Staff order</source>
        <translation>Приказ по личному составу</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="399"/>
        <source>Kindergarten voucher</source>
        <translation>Путёвка в детский сад</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="400"/>
        <source>Quarterly report</source>
        <translation>Квартальный отчёт</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="410"/>
        <source>(provisional number until the next sync)</source>
        <translation>(временный номер до следующей синхронизации)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="438"/>
        <source>Save the document</source>
        <translation>Сохранить документ</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="439"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="443"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="448"/>
        <source>Saved to {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="487"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/case_view.py" line="488"/>
        <source>Save the changes to this case before leaving it?</source>
        <translation>Сохранить изменения в деле перед его закрытием?</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="30"/>
        <source>Changed on two sides: {0}</source>
        <translation>Изменено с двух сторон: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="33"/>
        <source>These fields were changed here and by someone else before the two copies met. Nothing is lost: choose which value the case keeps, or type the right one.</source>
        <translation>Эти поля были изменены и здесь, и другим пользователем до того, как две копии были синхронизированы. Ничего не потеряно: выберите, какое значение останется в деле, или введите правильное.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="43"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="44"/>
        <source>Before (base)</source>
        <translation>Было (исходное)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="45"/>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="46"/>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="47"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="63"/>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="65"/>
        <source>Keep theirs</source>
        <translation>Оставить их</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="67"/>
        <source>Type a value</source>
        <translation>Ввести значение</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="91"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="94"/>
        <source>Resolve</source>
        <translation>Применить</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="32"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="36"/>
        <source>A field changed here and elsewhere at the same time keeps both values until someone decides. Press Enter to decide.</source>
        <translation>Поле, изменённое одновременно здесь и в другом месте, хранит оба значения, пока кто-нибудь не примет решение. Чтобы принять решение, нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="49"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="50"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="51"/>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="52"/>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="78"/>
        <source>No conflicts.</source>
        <translation>Конфликтов нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="80"/>
        <source>{0} to decide</source>
        <translation>Требуют решения: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/conflicts.py" line="105"/>
        <source>Resolved {0}; it is sent at the next sync.</source>
        <translation>Решено: {0}; будет отправлено при следующей синхронизации.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="29"/>
        <source>Choose the language of the program.</source>
        <translation>Выберите язык программы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="42"/>
        <source>Where do you work?</source>
        <translation>Где вы работаете?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="44"/>
        <source>Your commission or school gives you the server address. Without one, Daftar works on this computer only.</source>
        <translation>Адрес сервера выдаёт ваша комиссия или школа. Без него Daftar работает только на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="52"/>
        <source>Connect to a server:</source>
        <translation>Подключиться к серверу:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="55"/>
        <source>Work offline only</source>
        <translation>Работать только офлайн</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="79"/>
        <location filename="../../app/ui/dialogs/sign_in.py" line="192"/>
        <source>Sign in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="88"/>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="89"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="91"/>
        <source>Full name:</source>
        <translation>Ф.И.О.:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="92"/>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="93"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="110"/>
        <source>Choose a user name and a password that protects this profile on a shared computer.</source>
        <translation>Придумайте имя пользователя и пароль, который защитит этот профиль на общем компьютере.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="116"/>
        <source>Your user name and password at the server.</source>
        <translation>Ваши имя пользователя и пароль на сервере.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="126"/>
        <source>Type your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="129"/>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="175"/>
        <source>Welcome to Daftar</source>
        <translation>Добро пожаловать в Daftar</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="190"/>
        <source>&lt; Back</source>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="191"/>
        <source>Next &gt;</source>
        <translation>Далее &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="193"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../app/ui/form/editors.py" line="33"/>
        <location filename="../../app/ui/form/editors.py" line="291"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/editors.py" line="33"/>
        <location filename="../../app/ui/form/editors.py" line="292"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/editors.py" line="174"/>
        <source>dd.mm.yyyy hh:mm</source>
        <translation>дд.мм.гггг чч:мм</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/editors.py" line="176"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/editors.py" line="188"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Выбрать в календаре (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/editors.py" line="360"/>
        <source>Filled in by the form</source>
        <translation>Заполняется автоматически</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/view.py" line="330"/>
        <source>This case cannot be changed now.</source>
        <translation>Это дело сейчас нельзя изменить.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="49"/>
        <source>Import into {0}</source>
        <translation>Импорт: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="54"/>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="56"/>
        <location filename="../../app/ui/dialogs/register_import.py" line="102"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="70"/>
        <source>Save rejected rows…</source>
        <translation>Сохранить отклонённые строки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="72"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="75"/>
        <location filename="../../app/ui/dialogs/register_import.py" line="168"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="93"/>
        <source>Choose a CSV or Excel (.xlsx) file. Its first row names the columns, in any language: {0}. Columns marked * are required. Nothing is written before you see a preview.</source>
        <translation>Выберите файл CSV или Excel (.xlsx). В первой строке — названия столбцов на любом языке: {0}. Столбцы со * обязательны. Ничего не записывается, пока вы не увидите предпросмотр.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="134"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="167"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="174"/>
        <source>Choose a spreadsheet</source>
        <translation>Выберите таблицу</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="175"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Таблицы (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="183"/>
        <source>Reading {0}…</source>
        <translation>Чтение {0}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="193"/>
        <source>{0} rows in the file: {1} can be imported.</source>
        <translation>Строк в файле: {0}; можно импортировать: {1}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="196"/>
        <source>{0} have problems and will not be imported (listed below); the others are not held back by them.</source>
        <translation>В {0} есть ошибки, они не будут импортированы (список ниже); остальным строкам это не мешает.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="200"/>
        <location filename="../../app/ui/dialogs/register_import.py" line="302"/>
        <source>{0} were imported before and are skipped.</source>
        <translation>{0} уже импортированы ранее и пропускаются.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="213"/>
        <source>Columns: {0}</source>
        <translation>Столбцы: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="217"/>
        <source>Ignored: {0}</source>
        <translation>Не учитываются: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="220"/>
        <source>No column for the required {0}: every row lacks it.</source>
        <translation>Нет столбца для обязательного поля {0}: его нет ни в одной строке.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="238"/>
        <source>(ignored)</source>
        <translation>(не учитывается)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="254"/>
        <source>Imported before; skipped</source>
        <translation>Импортировано ранее; пропущено</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="280"/>
        <source>Importing {0} rows…</source>
        <translation>Импорт строк: {0}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="299"/>
        <source>Imported {0} of {1} rows.</source>
        <translation>Импортировано {0} из {1} строк.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="306"/>
        <source>{0} rows were rejected: fix them in the saved file and import it again.</source>
        <translation>Отклонено строк: {0}. Исправьте их в сохранённом файле и импортируйте его снова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="321"/>
        <source>The import stopped: {0}. The rows written before are kept; import the file again to add the rest.</source>
        <translation>Импорт остановлен: {0}. Уже записанные строки сохранены; импортируйте файл снова, чтобы добавить остальные.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="347"/>
        <source>Save rejected rows</source>
        <translation>Сохранить отклонённые строки</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="348"/>
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="360"/>
        <source>Saved to {0}. Fix the rows there and import that file: the columns “Row in file” and “Problems” are ignored.</source>
        <translation>Сохранено в {0}. Исправьте строки там и импортируйте этот файл: столбцы “Row in file” и “Problems” не учитываются.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="389"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="390"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="391"/>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/register_import.py" line="410"/>
        <source>… and {0} more: save the rejected rows to see them all</source>
        <translation>… и ещё {0}: сохраните отклонённые строки, чтобы увидеть все</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="40"/>
        <source>My inbox</source>
        <translation>Мои входящие</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="41"/>
        <location filename="../../app/ui/views/main_window.py" line="99"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="42"/>
        <location filename="../../app/ui/views/main_window.py" line="140"/>
        <source>Registers</source>
        <translation>Реестры</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="43"/>
        <location filename="../../app/ui/views/main_window.py" line="446"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="44"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="45"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="72"/>
        <source>Daftar — {0}</source>
        <translation>Daftar — {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="96"/>
        <source>Cases waiting for your action</source>
        <translation>Дела, ожидающие ваших действий</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="144"/>
        <source>New record…</source>
        <translation>Новая запись…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="147"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="149"/>
        <source>Add records from a CSV or Excel file, with a preview first</source>
        <translation>Добавить записи из файла CSV или Excel, сначала с предпросмотром</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="165"/>
        <source>&amp;Daftar</source>
        <translation>&amp;Daftar</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="166"/>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="169"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="172"/>
        <source>&amp;Find cases</source>
        <translation>&amp;Поиск дел</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="175"/>
        <source>Se&amp;ttings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="177"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="181"/>
        <source>Take &amp;attendance…</source>
        <translation>&amp;Отметить посещаемость…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="184"/>
        <source>S&amp;witch user…</source>
        <translation>С&amp;менить пользователя…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="186"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="206"/>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="213"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="288"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="289"/>
        <source>The open case has unsaved changes. Quit without saving?</source>
        <translation>В открытом деле есть несохранённые изменения. Выйти без сохранения?</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="290"/>
        <source>Quit without saving</source>
        <translation>Выйти без сохранения</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="350"/>
        <source>You cannot start any case with your roles.</source>
        <translation>Ваши роли не позволяют заводить новые дела.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="355"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="356"/>
        <source>Service:</source>
        <translation>Услуга:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="410"/>
        <source>Fetching the file from the server…</source>
        <translation>Загрузка файла с сервера…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="437"/>
        <source>{0} to send</source>
        <translation>К отправке: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="438"/>
        <source>never</source>
        <translation>ещё не было</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="440"/>
        <source>last sync {0}</source>
        <translation>последняя синхронизация: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="463"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="464"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="465"/>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="466"/>
        <source>Signed out</source>
        <translation>Сеанс завершён</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="467"/>
        <source>Offline only</source>
        <translation>Только офлайн</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="487"/>
        <source>{0} received</source>
        <translation>Получено: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/main_window.py" line="495"/>
        <source>Sent {0}, received {1}, conflicts {2}, refused {3}; {4}</source>
        <translation>Отправлено: {0}, получено: {1}, конфликтов: {2}, отклонено: {3}; {4}</translation>
    </message>
</context>
<context>
    <name>ReferenceEditor</name>
    <message>
        <location filename="../../app/ui/form/reference.py" line="54"/>
        <source>Type to search</source>
        <translation>Начните вводить для поиска</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/reference.py" line="112"/>
        <source>choose one of the suggested records</source>
        <translation>выберите одну из предложенных записей</translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <location filename="../../app/ui/form/repeat.py" line="42"/>
        <source>Remove row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/repeat.py" line="92"/>
        <source>Add row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/repeat.py" line="94"/>
        <source>No rows yet.</source>
        <translation>Строк пока нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/repeat.py" line="273"/>
        <source>This list has room for at most %1 rows.</source>
        <translation>Максимальное число строк в этом списке: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/form/repeat.py" line="279"/>
        <source>Row %1</source>
        <translation>Строка %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="56"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="60"/>
        <source>Attendance by week</source>
        <translation>Посещаемость по неделям</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="63"/>
        <source>&amp;Class:</source>
        <translation>&amp;Класс:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="78"/>
        <source>Digital education: indicators against the year&apos;s targets</source>
        <translation>Цифровое образование: показатели и годовой план</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="81"/>
        <source>&amp;Quarter:</source>
        <translation>&amp;Квартал:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="86"/>
        <source>{0}, quarter {1}</source>
        <translation>{0}, {1}-й квартал</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="125"/>
        <source>the last {0} weeks, {1} – {2}</source>
        <translation>последние {0} недель, {1} – {2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="129"/>
        <source>No classes in your registers.</source>
        <translation>В ваших реестрах нет классов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="139"/>
        <source>No attendance sheets of this class in these weeks.</source>
        <translation>За эти недели у класса нет листов посещаемости.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="165"/>
        <source>no target</source>
        <translation>нет плана</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="167"/>
        <source>{0} ({1} of {2})</source>
        <translation>{0} ({1} из {2})</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="170"/>
        <source>target</source>
        <translation>план</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="171"/>
        <source>No indicators.</source>
        <translation>Нет показателей.</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="172"/>
        <source>{0}: achieved since 1 January, as % of the year&apos;s target</source>
        <translation>{0}: выполнено с 1 января, в % от годового плана</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/reports_page.py" line="175"/>
        <source>not submitted yet: {0}</source>
        <translation>ещё не сдали: {0}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../app/ui/app.py" line="160"/>
        <source>{0} has unsaved changes open; {0} must unlock and save them first.</source>
        <translation>У {0} открыто дело с несохранёнными изменениями; сначала {0} должен разблокировать и сохранить их.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="220"/>
        <source>Sign in again</source>
        <translation>Войти снова</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="221"/>
        <source>Password of {0} at {1}:</source>
        <translation>Пароль {0} на сервере {1}:</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="229"/>
        <source>Signed in again.</source>
        <translation>Вход выполнен снова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="262"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="263"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="275"/>
        <source>Save or undo the changes of the open case first.</source>
        <translation>Сначала сохраните или отмените изменения в открытом деле.</translation>
    </message>
</context>
<context>
    <name>SyncAgent</name>
    <message>
        <location filename="../../app/ui/sync_agent.py" line="154"/>
        <source>This profile works offline only: there is no server to sync with.</source>
        <translation>Этот профиль работает только офлайн: нет сервера для синхронизации.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_agent.py" line="200"/>
        <source>The server asks you to sign in again.</source>
        <translation>Сервер просит выполнить вход повторно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_agent.py" line="205"/>
        <source>The server cannot be reached; your changes are kept and will be sent when it answers.</source>
        <translation>Сервер недоступен; ваши изменения сохранены и будут отправлены, когда он ответит.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_agent.py" line="214"/>
        <source>The server refused the sync: {0}</source>
        <translation>Сервер отклонил синхронизацию: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_agent.py" line="220"/>
        <source>The sync stopped: {0}</source>
        <translation>Синхронизация прервана: {0}</translation>
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
        <translation>Офлайн — изменения сохраняются и будут отправлены, когда сервер ответит</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="15"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="16"/>
        <source>Signed out by the server — sign in again to sync</source>
        <translation>Сервер завершил сеанс — войдите снова, чтобы синхронизировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="17"/>
        <source>Offline only — this profile has no server</source>
        <translation>Только офлайн — у этого профиля нет сервера</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="31"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="40"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="41"/>
        <source>Connection:</source>
        <translation>Подключение:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="42"/>
        <source>Changes waiting to be sent:</source>
        <translation>Изменения, ожидающие отправки:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="43"/>
        <source>Last sync:</source>
        <translation>Последняя синхронизация:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="44"/>
        <source>Data of the last sync:</source>
        <translation>Объём последней синхронизации:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="49"/>
        <source>Sync now (F5)</source>
        <translation>Синхронизировать сейчас (F5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="51"/>
        <source>Sign in again…</source>
        <translation>Войти снова…</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="54"/>
        <source>Changes the server refused:</source>
        <translation>Изменения, отклонённые сервером:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="57"/>
        <source>Log:</source>
        <translation>Журнал:</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="64"/>
        <source>none (offline only)</source>
        <translation>нет (только офлайн)</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="67"/>
        <source>never</source>
        <translation>ещё не было</translation>
    </message>
    <message>
        <location filename="../../app/ui/views/sync_page.py" line="74"/>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="220"/>
        <source>Daftar is locked</source>
        <translation>Daftar заблокирован</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="222"/>
        <source>Daftar — who is working?</source>
        <translation>Daftar — кто работает?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="225"/>
        <source>People on this computer:</source>
        <translation>Пользователи этого компьютера:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="228"/>
        <source>offline only</source>
        <translation>только офлайн</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="239"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="245"/>
        <source>Another user…</source>
        <translation>Другой пользователь…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="247"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="265"/>
        <source>Choose who you are first.</source>
        <translation>Сначала выберите, кто вы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="269"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/sign_in.py" line="278"/>
        <source>Wrong password. Passwords are checked on this computer; the server is not asked.</source>
        <translation>Неверный пароль. Пароли проверяются на этом компьютере; сервер не запрашивается.</translation>
    </message>
</context>
</TS>
