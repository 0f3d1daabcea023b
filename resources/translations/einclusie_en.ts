<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="30"/>
        <source>About E-inclusie Wegwijzer</source>
        <extracomment>Credit lines as the licences require them: never translated.</extracomment>
        <translation>About E-inclusie Wegwijzer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="34"/>
        <source>About and credits</source>
        <translation>About and credits</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="48"/>
        <source>E-inclusie Wegwijzer %1 — finds digital help for a client, offline.</source>
        <translation>E-inclusie Wegwijzer %1 — finds digital help for a client, offline.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="50"/>
        <source>The window never opens a network connection, and nothing about a client (words searched, language, basket) is written to disk.</source>
        <translation>The window never opens a network connection, and nothing about a client (words searched, language, basket) is written to disk.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="52"/>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="53"/>
        <source>The catalogue</source>
        <translation>The catalogue</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="54"/>
        <source>Facts about help points, device loans, helplines and courses were read on the public pages named in each record (shown with every record, with the date it was last checked). The summaries are written in our own words.</source>
        <translation>Facts about help points, device loans, helplines and courses were read on the public pages named in each record (shown with every record, with the date it was last checked). The summaries are written in our own words.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="57"/>
        <source>Places: postcodes, municipalities and districts</source>
        <translation>Places: postcodes, municipalities and districts</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="59"/>
        <source>The coordinates of a postcode or municipality are a representative point, not a centre; distances measured to them are approximate.</source>
        <translation>The coordinates of a postcode or municipality are a representative point, not a centre; distances measured to them are approximate.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="61"/>
        <source>Pictograms</source>
        <translation>Pictograms</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="63"/>
        <source>Fonts</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="64"/>
        <source>bundled so that every client language shows and prints on any PC.</source>
        <translation>bundled so that every client language shows and prints on any PC.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="66"/>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="67"/>
        <source>Belgian legal holidays: %1; school holidays from the Communities&apos; published calendars.</source>
        <translation>Belgian legal holidays: %1; school holidays from the Communities&apos; published calendars.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="69"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="52"/>
        <source>Hours unknown</source>
        <extracomment>What the search did for a row (&quot;without activeren&quot;), drawn beside the name; &quot;&quot; for none. A status older than this is computed again (the clock moves).</extracomment>
        <translation>Hours unknown</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="54"/>
        <source>Call now</source>
        <translation>Call now</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="54"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="56"/>
        <source>Closes in %1 min</source>
        <translation>Closes in %1 min</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="58"/>
        <source>Call until %1</source>
        <translation>Call until %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="58"/>
        <source>Open until %1</source>
        <translation>Open until %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="61"/>
        <source>Call from %1</source>
        <translation>Call from %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="61"/>
        <source>Opens %1</source>
        <translation>Opens %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="64"/>
        <source>Closed today (holiday)</source>
        <translation>Closed today (holiday)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="68"/>
        <source>Closed · %1 %2</source>
        <translation>Closed · %1 %2</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="70"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>BasketPanel</name>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="33"/>
        <source>For this client</source>
        <extracomment>Records that fit on a handout (two pages); core.handout.MAX_RECORDS, kept equal by a test.</extracomment>
        <translation>For this client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="39"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="40"/>
        <source>Move up in the basket</source>
        <translation>Move up in the basket</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="41"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="42"/>
        <source>Move down in the basket</source>
        <translation>Move down in the basket</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="43"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="44"/>
        <source>Remove from the basket</source>
        <translation>Remove from the basket</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="45"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="46"/>
        <source>Print the page for the client</source>
        <translation>Print the page for the client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="47"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="48"/>
        <source>Save the page for the client as PDF</source>
        <translation>Save the page for the client as PDF</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="136"/>
        <source>For this client: %1 of %2</source>
        <extracomment>How many records fit on the page(s) for the client.</extracomment>
        <translation>For this client: %1 of %2</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="79"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="80"/>
        <source>serves: %1</source>
        <translation>serves: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="81"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="82"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="83"/>
        <source>Hours as the source gave them</source>
        <translation>Hours as the source gave them</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="84"/>
        <source>How to get in</source>
        <translation>How to get in</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="85"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="86"/>
        <source>Last checked</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="87"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="88"/>
        <source>No phone number known.</source>
        <translation>No phone number known.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="89"/>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="90"/>
        <source>Website: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="91"/>
        <source>Reported at a counter: %1</source>
        <translation>Reported at a counter: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="92"/>
        <source>still right</source>
        <translation>still right</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="93"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="94"/>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="95"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="96"/>
        <source>How:</source>
        <translation>How:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="97"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="98"/>
        <source>visit</source>
        <translation>visit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="99"/>
        <source>web page</source>
        <translation>web page</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="100"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="101"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="102"/>
        <source>Check round: call list</source>
        <translation>Check round: call list</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="103"/>
        <source>the whole catalogue</source>
        <translation>the whole catalogue</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="104"/>
        <source>printed %1</source>
        <translation>printed %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="105"/>
        <source>Call each number, check what the catalogue says, tick one box and write the date; then enter it in the check round of the Wegwijzer (Maintainer menu). Write nothing about clients.</source>
        <translation>Call each number, check what the catalogue says, tick one box and write the date; then enter it in the check round of the Wegwijzer (Maintainer menu). Write nothing about clients.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="109"/>
        <source>Nothing to check.</source>
        <translation>Nothing to check.</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="71"/>
        <source>flagged at a counter: %1</source>
        <translation>flagged at a counter: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="74"/>
        <source>flags closed (not a problem)</source>
        <translation>flags closed (not a problem)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="77"/>
        <source>checked: %1</source>
        <translation>checked: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="79"/>
        <source>undo</source>
        <translation>undo</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="86"/>
        <source>Undoes change %1.</source>
        <translation>Undoes change %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="102"/>
        <source>%1 on %2: %3, checked by %4</source>
        <translation>%1 on %2: %3, checked by %4</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="107"/>
        <source>Takes back: %1</source>
        <translation>Takes back: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="111"/>
        <source>The counter wrote: “%1”</source>
        <translation>The counter wrote: “%1”</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="118"/>
        <source>Flags opened again: %1</source>
        <translation>Flags opened again: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="120"/>
        <source>Flags closed: %1</source>
        <translation>Flags closed: %1</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="133"/>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="136"/>
        <source>Every change made here, newest first: when, at which counter, which record, and each field&apos;s old and new value. An undo is logged too, so it can be undone in turn.</source>
        <translation>Every change made here, newest first: when, at which counter, which record, and each field&apos;s old and new value. An undo is logged too, so it can be undone in turn.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="140"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="140"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="140"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="141"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="141"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="144"/>
        <source>Changes, newest first</source>
        <translation>Changes, newest first</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="152"/>
        <source>Details of the selected change</source>
        <translation>Details of the selected change</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="154"/>
        <source>&amp;Undo selected change</source>
        <translation>&amp;Undo selected change</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="155"/>
        <source>Undo the selected change</source>
        <translation>Undo the selected change</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="156"/>
        <source>Undo the &amp;whole import</source>
        <translation>Undo the &amp;whole import</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="157"/>
        <source>Undo every change of the selected import</source>
        <translation>Undo every change of the selected import</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="159"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="159"/>
        <source>Close the change log</source>
        <translation>Close the change log</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="181"/>
        <source>%1 (undone)</source>
        <translation>%1 (undone)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="208"/>
        <source>Change %1 on %2 at counter %3: %4, %5</source>
        <translation>Change %1 on %2 at counter %3: %4, %5</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="213"/>
        <source>Undone by change %1.</source>
        <translation>Undone by change %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="215"/>
        <source>This undid change %1.</source>
        <translation>This undid change %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="217"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="219"/>
        <source>Choose the client&apos;s language</source>
        <extracomment>Client languages the site wants first in the picker.</extracomment>
        <translation>Choose the client&apos;s language</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="223"/>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="224"/>
        <source>Make the client&apos;s text smaller</source>
        <translation>Make the client&apos;s text smaller</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="227"/>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="228"/>
        <source>Make the client&apos;s text larger</source>
        <translation>Make the client&apos;s text larger</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="231"/>
        <location filename="../../einclusie_app/gui/client_view.py" line="232"/>
        <location filename="../../einclusie_app/gui/client_view.py" line="312"/>
        <location filename="../../einclusie_app/gui/client_view.py" line="330"/>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="245"/>
        <source>Back</source>
        <extracomment>The record shown (a catalogue ServiceView), for the phone card.</extracomment>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="246"/>
        <source>Back to the details</source>
        <translation>Back to the details</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="249"/>
        <source>Read aloud status</source>
        <translation>Read aloud status</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="330"/>
        <source>No voice</source>
        <translation>No voice</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="363"/>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="234"/>
        <source>On your phone</source>
        <translation>On your phone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="236"/>
        <source>Show a code the client scans to keep this help on their phone</source>
        <translation>Show a code the client scans to keep this help on their phone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="238"/>
        <source>A large code: the client&apos;s phone camera saves the name, phone, address and website as a contact</source>
        <translation>A large code: the client&apos;s phone camera saves the name, phone, address and website as a contact</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="312"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="317"/>
        <source>Reading aloud failed.</source>
        <translation>Reading aloud failed.</translation>
    </message>
</context>
<context>
    <name>ClientScreen</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="372"/>
        <source>E-inclusie Wegwijzer — for the client</source>
        <translation>E-inclusie Wegwijzer — for the client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="373"/>
        <source>Client screen</source>
        <translation>Client screen</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="135"/>
        <source>Client view</source>
        <extracomment>Arrow keys move through the grid as it is drawn (row, column).</extracomment>
        <translation>Client view</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="29"/>
        <source>Conflicts after an update</source>
        <translation>Conflicts after an update</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="32"/>
        <source>These records were corrected here, and the update changed them too. The version made here keeps showing until you choose.</source>
        <translation>These records were corrected here, and the update changed them too. The version made here keeps showing until you choose.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="36"/>
        <source>Records in conflict</source>
        <translation>Records in conflict</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="42"/>
        <source>The versions, field by field</source>
        <translation>The versions, field by field</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="44"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="44"/>
        <source>Here (local)</source>
        <translation>Here (local)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="44"/>
        <source>Before the update</source>
        <translation>Before the update</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="45"/>
        <source>In the update</source>
        <translation>In the update</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="45"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="45"/>
        <source>Keep which?</source>
        <translation>Keep which?</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="57"/>
        <source>&amp;Keep ours</source>
        <translation>&amp;Keep ours</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="58"/>
        <source>Keep the version made here</source>
        <translation>Keep the version made here</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="59"/>
        <source>&amp;Take the update&apos;s</source>
        <translation>&amp;Take the update&apos;s</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="60"/>
        <source>Take the version in the update</source>
        <translation>Take the version in the update</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="61"/>
        <source>&amp;Merge field by field</source>
        <translation>&amp;Merge field by field</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="62"/>
        <source>Merge: each field as chosen</source>
        <translation>Merge: each field as chosen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="63"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="63"/>
        <source>Close the conflicts</source>
        <translation>Close the conflicts</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="101"/>
        <source>Finding conflicts</source>
        <translation>Finding conflicts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="118"/>
        <source>%n record(s) to settle.</source>
        <translation>
            <numerusform>%n record to settle.</numerusform>
            <numerusform>%n records to settle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="120"/>
        <source>No conflicts: every local record agrees with the catalogue in use.</source>
        <translation>No conflicts: every local record agrees with the catalogue in use.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="131"/>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="173"/>
        <source>changed by the update</source>
        <translation>changed by the update</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="132"/>
        <source>no longer in the update</source>
        <translation>no longer in the update</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="133"/>
        <source>added here, and now also in the update</source>
        <translation>added here, and now also in the update</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="146"/>
        <source>“%1” was changed here; the update changed it too.</source>
        <translation>“%1” was changed here; the update changed it too.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="147"/>
        <source>“%1” was changed here; the update no longer has it. Keeping ours makes it a record of this municipality; taking the update&apos;s removes it.</source>
        <translation>“%1” was changed here; the update no longer has it. Keeping ours makes it a record of this municipality; taking the update&apos;s removes it.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="150"/>
        <source>“%1” was added here; the update now has a record with the same id.</source>
        <translation>“%1” was added here; the update now has a record with the same id.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="155"/>
        <source>It is retired here: keeping ours keeps it retired.</source>
        <translation>It is retired here: keeping ours keeps it retired.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="167"/>
        <source>both changed</source>
        <translation>both changed</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="169"/>
        <source>same change on both sides</source>
        <translation>same change on both sides</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="171"/>
        <source>changed here</source>
        <translation>changed here</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="177"/>
        <source>(not in the update)</source>
        <translation>(not in the update)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="182"/>
        <source>Keep which for %1</source>
        <translation>Keep which for %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="183"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="184"/>
        <source>ours (here)</source>
        <translation>ours (here)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="185"/>
        <source>the update&apos;s</source>
        <translation>the update&apos;s</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="202"/>
        <source>The update no longer has this record: keep ours or take the update&apos;s.</source>
        <translation>The update no longer has this record: keep ours or take the update&apos;s.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="205"/>
        <source>Retired here: keep it retired or take the update&apos;s version.</source>
        <translation>Retired here: keep it retired or take the update&apos;s version.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="208"/>
        <source>Choose, for every field marked %1, which version to keep.</source>
        <translation>Choose, for every field marked %1, which version to keep.</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="28"/>
        <source>Coverage of the region</source>
        <translation>Coverage of the region</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="32"/>
        <source>What the catalogue knows per municipality: offers located there, per kind; offers that serve it (a regional project, a province-wide line); the newest check. Lines for all of Flanders or Belgium are not counted here. Where nothing is known, send the municipality a fill-in pack.</source>
        <translation>What the catalogue knows per municipality: offers located there, per kind; offers that serve it (a regional project, a province-wide line); the newest check. Lines for all of Flanders or Belgium are not counted here. Where nothing is known, send the municipality a fill-in pack.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="38"/>
        <source>Which municipalities</source>
        <translation>Which municipalities</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="47"/>
        <source>All of Flanders and Brussels</source>
        <translation>All of Flanders and Brussels</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="48"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="54"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="54"/>
        <source>Serving</source>
        <translation>Serving</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="55"/>
        <source>Newest check</source>
        <translation>Newest check</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="55"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="58"/>
        <source>Coverage per municipality</source>
        <translation>Coverage per municipality</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="65"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="66"/>
        <source>Make &amp;fill-in pack…</source>
        <translation>Make &amp;fill-in pack…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="67"/>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="139"/>
        <source>Write the fill-in pack of the selected municipality</source>
        <translation>Write the fill-in pack of the selected municipality</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="69"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="69"/>
        <source>Close the coverage</source>
        <translation>Close the coverage</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="96"/>
        <source>Counting the coverage…</source>
        <translation>Counting the coverage…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="106"/>
        <source>nothing known</source>
        <translation>nothing known</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="108"/>
        <source>%n may have ended</source>
        <translation>
            <numerusform>%n may have ended</numerusform>
            <numerusform>%n may have ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="115"/>
        <source>%1 of %n municipalities: nothing known.</source>
        <translation>
            <numerusform>%1 of %n municipality: nothing known.</numerusform>
            <numerusform>%1 of %n municipalities: nothing known.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="135"/>
        <source>Nothing is known in %1: ask the municipality with a fill-in pack</source>
        <translation>Nothing is known in %1: ask the municipality with a fill-in pack</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="41"/>
        <source>Details of the selected help</source>
        <extracomment>``staff_note(record_id)``: HTML for staff only, shown under the name (gui/flag.py sets it: the record&apos;s open flags).</extracomment>
        <translation>Details of the selected help</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="45"/>
        <source>Choose a result to see everything about it.</source>
        <translation>Choose a result to see everything about it.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="146"/>
        <location filename="../../einclusie_app/gui/detail.py" line="159"/>
        <location filename="../../einclusie_app/gui/detail.py" line="184"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="69"/>
        <source>Local record: added or corrected by this municipality (not in the shipped catalogue, or different from it).</source>
        <translation>Local record: added or corrected by this municipality (not in the shipped catalogue, or different from it).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="72"/>
        <source>Warning:</source>
        <translation>Warning:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="75"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="78"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="80"/>
        <source>Last checked %1 — more than 12 months ago or unknown. Call first.</source>
        <translation>Last checked %1 — more than 12 months ago or unknown. Call first.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="110"/>
        <source>serves: %1</source>
        <translation>serves: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="115"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="128"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="129"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="131"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="126"/>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="127"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="122"/>
        <source>How to get in</source>
        <translation>How to get in</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="64"/>
        <source>A partial match: the words %1 are not in this record.</source>
        <translation>A partial match: the words %1 are not in this record.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="105"/>
        <source>street not known — in %1</source>
        <translation>street not known — in %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="112"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="112"/>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="115"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="118"/>
        <source>The source says: %1</source>
        <translation>The source says: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="121"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="121"/>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="123"/>
        <source>how to get in</source>
        <translation>how to get in</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="124"/>
        <source>What to bring</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="125"/>
        <source>what to bring</source>
        <translation>what to bring</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="127"/>
        <source>cost</source>
        <translation>cost</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="128"/>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="129"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="132"/>
        <source>languages</source>
        <translation>languages</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="133"/>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="133"/>
        <source>for whom</source>
        <translation>for whom</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="139"/>
        <source>Not known: %1.</source>
        <translation>Not known: %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="145"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="148"/>
        <source>(old)</source>
        <translation>(old)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="149"/>
        <source>Last checked</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="152"/>
        <source>undated</source>
        <translation>undated</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="154"/>
        <source>partly inferred</source>
        <translation>partly inferred</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="158"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="164"/>
        <source>Record id: %1</source>
        <translation>Record id: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="177"/>
        <source>day and night, every day</source>
        <translation>day and night, every day</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="199"/>
        <source>Also closed on: %1</source>
        <translation>Also closed on: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="182"/>
        <source>closed (%1)</source>
        <translation>closed (%1)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="186"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="190"/>
        <source>today</source>
        <translation>today</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="44"/>
        <source>Changed by another counter</source>
        <translation>Changed by another counter</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="51"/>
        <source>Both versions, field by field</source>
        <translation>Both versions, field by field</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="66"/>
        <source>&amp;Save both changes</source>
        <translation>&amp;Save both changes</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="67"/>
        <source>Save the record with both counters&apos; changes</source>
        <translation>Save the record with both counters&apos; changes</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="70"/>
        <source>Save &amp;mine (it shows again)</source>
        <translation>Save &amp;mine (it shows again)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="71"/>
        <source>Save my version of the record</source>
        <translation>Save my version of the record</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="72"/>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="160"/>
        <source>&amp;Keep theirs, drop my changes</source>
        <translation>&amp;Keep theirs, drop my changes</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="73"/>
        <source>Keep the version the other counter saved</source>
        <translation>Keep the version the other counter saved</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="75"/>
        <source>&amp;Back to the editor</source>
        <translation>&amp;Back to the editor</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="76"/>
        <source>Back to the editor; nothing is saved</source>
        <translation>Back to the editor; nothing is saved</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="98"/>
        <source>another counter</source>
        <translation>another counter</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="107"/>
        <source>%1 retired “%2” at %3, after you opened it.</source>
        <translation>%1 retired “%2” at %3, after you opened it.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="109"/>
        <source>%1 removed “%2” at %3, after you opened it.</source>
        <translation>%1 removed “%2” at %3, after you opened it.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="111"/>
        <source>Your changes are not saved yet. Leave it so, or save your version: the record then shows again.</source>
        <translation>Your changes are not saved yet. Leave it so, or save your version: the record then shows again.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="114"/>
        <source>%1 saved “%2” at %3, after you opened it. Your changes are not saved yet.</source>
        <translation>%1 saved “%2” at %3, after you opened it. Your changes are not saved yet.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="117"/>
        <source>Below: every field either of you changed. A field only one of you changed keeps that change; for a field marked %1 both of you changed, choose which to keep.</source>
        <translation>Below: every field either of you changed. A field only one of you changed keeps that change; for a field marked %1 both of you changed, choose which to keep.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="123"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="123"/>
        <source>When you opened it</source>
        <translation>When you opened it</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="123"/>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="124"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="124"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="131"/>
        <source>changed by you</source>
        <translation>changed by you</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="132"/>
        <source>(retired)</source>
        <translation>(retired)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="133"/>
        <source>(removed)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="136"/>
        <source>both changed</source>
        <translation>both changed</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="137"/>
        <source>same change by both</source>
        <translation>same change by both</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="138"/>
        <source>changed by them: kept</source>
        <translation>changed by them: kept</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="139"/>
        <source>changed by you: kept</source>
        <translation>changed by you: kept</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="146"/>
        <source>Keep which for %1</source>
        <translation>Keep which for %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="148"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="149"/>
        <source>theirs</source>
        <translation>theirs</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="150"/>
        <source>mine</source>
        <translation>mine</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="159"/>
        <source>&amp;Leave it so, drop my changes</source>
        <translation>&amp;Leave it so, drop my changes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="175"/>
        <source>Choose theirs or mine for %n field(s) both of you changed.</source>
        <translation>
            <numerusform>Choose theirs or mine for %n field both of you changed.</numerusform>
            <numerusform>Choose theirs or mine for %n fields both of you changed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="179"/>
        <source>Ready: saving keeps both counters&apos; changes.</source>
        <translation>Ready: saving keeps both counters&apos; changes.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="211"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="222"/>
        <source>Changed again meanwhile: look at the versions once more.</source>
        <translation>Changed again meanwhile: look at the versions once more.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="226"/>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="234"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="227"/>
        <source>Together the two versions have %n problem(s); nothing was saved. Go back to the editor to fix them.</source>
        <translation>
            <numerusform>Together the two versions have %n problem; nothing was saved. Go back to the editor to fix it.</numerusform>
            <numerusform>Together the two versions have %n problems; nothing was saved. Go back to the editor to fix them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="244"/>
        <source>Your changes to “%1” were dropped; %2&apos;s version stays.</source>
        <translation>Your changes to “%1” were dropped; %2&apos;s version stays.</translation>
    </message>
</context>
<context>
    <name>EndedDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="519"/>
        <source>Ended: %1</source>
        <translation>Ended: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="520"/>
        <source>The offer has ended</source>
        <translation>The offer has ended</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="521"/>
        <source>“%1” has ended? It will no longer be shown at the counter. Say why, for the log (it can be undone).</source>
        <translation>“%1” has ended? It will no longer be shown at the counter. Say why, for the log (it can be undone).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="526"/>
        <source>e.g. stopped in 2026, says the library</source>
        <translation>e.g. stopped in 2026, says the library</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="527"/>
        <source>Why it ended</source>
        <translation>Why it ended</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="528"/>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="530"/>
        <source>&amp;Ended</source>
        <translation>&amp;Ended</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="530"/>
        <source>Retire the record as ended</source>
        <translation>Retire the record as ended</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="536"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="536"/>
        <source>Keep the record</source>
        <translation>Keep the record</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="455"/>
        <source>Export the catalogue</source>
        <translation>Export the catalogue</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="458"/>
        <source>The whole catalogue as it is shown here (the shipped records with this municipality&apos;s additions and corrections), in Open Referral HSDS 3.0.</source>
        <translation>The whole catalogue as it is shown here (the shipped records with this municipality&apos;s additions and corrections), in Open Referral HSDS 3.0.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="462"/>
        <source>HSDS &amp;JSON (one file: services.json)</source>
        <translation>HSDS &amp;JSON (one file: services.json)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="463"/>
        <source>Format: HSDS JSON</source>
        <translation>Format: HSDS JSON</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="465"/>
        <source>HSDS &amp;CSV package (datapackage.json and one CSV per table)</source>
        <translation>HSDS &amp;CSV package (datapackage.json and one CSV per table)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="467"/>
        <source>Format: HSDS CSV package</source>
        <translation>Format: HSDS CSV package</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="469"/>
        <source>Folder to write into</source>
        <translation>Folder to write into</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="470"/>
        <source>F&amp;older:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="472"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="472"/>
        <source>Choose the folder</source>
        <translation>Choose the folder</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="480"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="480"/>
        <source>Export now</source>
        <translation>Export now</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="482"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="482"/>
        <source>Close the export</source>
        <translation>Close the export</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="498"/>
        <source>Choose the folder to write into</source>
        <translation>Choose the folder to write into</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="512"/>
        <source>Choose a folder first.</source>
        <translation>Choose a folder first.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="515"/>
        <source>The catalogue is not open yet.</source>
        <translation>The catalogue is not open yet.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="521"/>
        <source>Writing…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="523"/>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="531"/>
        <source>Nothing was written: %1</source>
        <translation>Nothing was written: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="538"/>
        <source>%n local record(s) could not be used; their shipped version was exported.</source>
        <translation>
            <numerusform>%n local record could not be used; their shipped version was exported.</numerusform>
            <numerusform>%n local records could not be used; their shipped version was exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="550"/>
        <source>Wrote %1: %n service(s).</source>
        <translation>
            <numerusform>Wrote %1: %n service.</numerusform>
            <numerusform>Wrote %1: %n services.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="552"/>
        <source>Wrote %1: %n service(s), %2 rows in %3 tables.</source>
        <translation>
            <numerusform>Wrote %1: %n service, %2 rows in %3 tables.</numerusform>
            <numerusform>Wrote %1: %n services, %2 rows in %3 tables.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flag</name>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="35"/>
        <source>the number does not answer</source>
        <extracomment>The shortcut of &quot;This is not right…&quot; (F7 and F8 are the client&apos;s language and view).</extracomment>
        <translation>the number does not answer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="36"/>
        <source>it has moved</source>
        <translation>it has moved</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="37"/>
        <source>it is closed or has ended</source>
        <translation>it is closed or has ended</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="38"/>
        <source>the hours are wrong</source>
        <translation>the hours are wrong</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="39"/>
        <source>something else</source>
        <translation>something else</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="48"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="59"/>
        <source>Reported as not right at a counter (not shown to the client); the maintainer will check it:</source>
        <translation>Reported as not right at a counter (not shown to the client); the maintainer will check it:</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="203"/>
        <source>This is not right: %1</source>
        <translation>This is not right: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="204"/>
        <source>This is not right</source>
        <translation>This is not right</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="206"/>
        <source>What is wrong with “%1”? One click is enough.</source>
        <translation>What is wrong with “%1”? One click is enough.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="209"/>
        <source>Write nothing about the client: no name, no situation, no question. Only what is wrong with this help.</source>
        <translation>Write nothing about the client: no name, no situation, no question. Only what is wrong with this help.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="213"/>
        <source>Privacy note</source>
        <translation>Privacy note</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="215"/>
        <source>The &amp;number does not answer</source>
        <translation>The &amp;number does not answer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="216"/>
        <source>It has &amp;moved</source>
        <translation>It has &amp;moved</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="217"/>
        <source>It is &amp;closed or has ended</source>
        <translation>It is &amp;closed or has ended</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="218"/>
        <source>The &amp;hours are wrong</source>
        <translation>The &amp;hours are wrong</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="232"/>
        <source>e.g. the website no longer exists</source>
        <translation>e.g. the website no longer exists</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="233"/>
        <source>Something else: what is wrong (short)</source>
        <translation>Something else: what is wrong (short)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="234"/>
        <source>Something &amp;else:</source>
        <translation>Something &amp;else:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="236"/>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="237"/>
        <source>Send what is wrong</source>
        <translation>Send what is wrong</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="250"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="253"/>
        <source>Already noted for this record</source>
        <translation>Already noted for this record</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="254"/>
        <source>&amp;Withdraw my flag</source>
        <translation>&amp;Withdraw my flag</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="256"/>
        <source>Withdraw the flag made here today by mistake</source>
        <translation>Withdraw the flag made here today by mistake</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="259"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="260"/>
        <source>Close without noting anything</source>
        <translation>Close without noting anything</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="291"/>
        <source>Already noted: %1</source>
        <translation>Already noted: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="306"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="333"/>
        <source>Nothing was noted: %1</source>
        <translation>Nothing was noted: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="47"/>
        <source>Import records</source>
        <extracomment>Facts the file lacks that cannot be kept (the file replaced their entry).</extracomment>
        <translation>Import records</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="51"/>
        <source>HSDS JSON (.json), an HSDS CSV package (its folder or datapackage.json) or the spreadsheet template (.csv, .xlsx). The whole file is checked first; it is imported only when nothing is wrong, all of it at once.</source>
        <translation>HSDS JSON (.json), an HSDS CSV package (its folder or datapackage.json) or the spreadsheet template (.csv, .xlsx). The whole file is checked first; it is imported only when nothing is wrong, all of it at once.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="57"/>
        <source>File or folder to import</source>
        <translation>File or folder to import</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="60"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="62"/>
        <source>Choose &amp;file…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="62"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="190"/>
        <source>Choose a file to import</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="64"/>
        <source>Choose f&amp;older…</source>
        <translation>Choose f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="65"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="197"/>
        <source>Choose an HSDS CSV package folder</source>
        <translation>Choose an HSDS CSV package folder</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="73"/>
        <source>For HSDS files from another directory (they carry no kinds and no sources of ours)</source>
        <translation>For HSDS files from another directory (they carry no kinds and no sources of ours)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="80"/>
        <source>Kind for services without one: %1</source>
        <translation>Kind for services without one: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="86"/>
        <source>Kind of help:</source>
        <translation>Kind of help:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="88"/>
        <source>Source for services that name none</source>
        <translation>Source for services that name none</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="92"/>
        <source>Date of that source</source>
        <translation>Date of that source</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="95"/>
        <source>Source (web address):</source>
        <translation>Source (web address):</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="97"/>
        <source>Date of the source:</source>
        <translation>Date of the source:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="102"/>
        <source>&amp;Check the file</source>
        <translation>&amp;Check the file</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="102"/>
        <source>Check the whole file</source>
        <translation>Check the whole file</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="104"/>
        <source>Choose a file, then check it.</source>
        <translation>Choose a file, then check it.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="106"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="150"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="106"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="116"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="150"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="106"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="109"/>
        <source>Problems found in the file</source>
        <translation>Problems found in the file</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="116"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="117"/>
        <source>Would be removed</source>
        <translation>Would be removed</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="118"/>
        <source>Where in the file</source>
        <translation>Where in the file</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="121"/>
        <source>Facts the file lacks</source>
        <translation>Facts the file lacks</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="129"/>
        <source>The file lacks facts the catalogue has: what should the import do?</source>
        <translation>The file lacks facts the catalogue has: what should the import do?</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="133"/>
        <source>&amp;Keep these facts: import what the file says, and leave what it lacks as it is (safe)</source>
        <translation>&amp;Keep these facts: import what the file says, and leave what it lacks as it is (safe)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="135"/>
        <source>Import, keeping the facts the file lacks</source>
        <translation>Import, keeping the facts the file lacks</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="137"/>
        <source>&amp;Remove these facts: only when the file is complete and these facts are no longer true</source>
        <translation>&amp;Remove these facts: only when the file is complete and these facts are no longer true</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="139"/>
        <source>Import, removing the facts the file lacks</source>
        <translation>Import, removing the facts the file lacks</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="151"/>
        <source>What the program inferred</source>
        <translation>What the program inferred</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="154"/>
        <source>What the program inferred from the file</source>
        <translation>What the program inferred from the file</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="160"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="213"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="346"/>
        <source>&amp;Import all</source>
        <translation>&amp;Import all</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="161"/>
        <source>Import every record of the file</source>
        <translation>Import every record of the file</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="163"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="163"/>
        <source>Close the import</source>
        <translation>Close the import</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="191"/>
        <source>Catalogue files (*.json *.csv *.xlsx);;All files (*)</source>
        <translation>Catalogue files (*.json *.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="225"/>
        <source>(the choices above)</source>
        <translation>(the choices above)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="231"/>
        <source>A date needs its source.</source>
        <translation>A date needs its source.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="243"/>
        <source>Choose a file first.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="251"/>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="266"/>
        <source>Checking %1</source>
        <translation>Checking %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="274"/>
        <source>%n problem(s) found. Nothing can be imported until every one is fixed in the file.</source>
        <translation>
            <numerusform>%n problem found. Nothing can be imported until every one is fixed in the file.</numerusform>
            <numerusform>%n problems found. Nothing can be imported until every one is fixed in the file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="285"/>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="293"/>
        <source>The program inferred %n thing(s) the file does not say itself; check them:</source>
        <translation>
            <numerusform>The program inferred %n thing the file does not say itself; check it:</numerusform>
            <numerusform>The program inferred %n things the file does not say itself; check them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="319"/>
        <source>%n fact(s) cannot be kept: the file replaced the entry they belong to (%1). Import removing them, or correct the file and check it again.</source>
        <translation>
            <numerusform>%n fact cannot be kept: the file replaced the entry it belongs to (%1). Import removing it, or correct the file and check it again.</numerusform>
            <numerusform>%n facts cannot be kept: the file replaced the entry they belong to (%1). Import removing them, or correct the file and check it again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="344"/>
        <source>&amp;Import, keeping these facts</source>
        <translation>&amp;Import, keeping these facts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="345"/>
        <source>&amp;Import, removing %n fact(s)</source>
        <translation>
            <numerusform>&amp;Import, removing %n fact</numerusform>
            <numerusform>&amp;Import, removing %n facts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="362"/>
        <source>No problems, but the file holds no records.</source>
        <translation>No problems, but the file holds no records.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="364"/>
        <source>No problems in %n record(s). Importing adds %1, updates %2 and leaves %3 unchanged.</source>
        <translation>
            <numerusform>No problems in %n record. Importing adds %1, updates %2 and leaves %3 unchanged.</numerusform>
            <numerusform>No problems in %n records. Importing adds %1, updates %2 and leaves %3 unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="368"/>
        <source>Retired here, so left retired: %1.</source>
        <translation>Retired here, so left retired: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="372"/>
        <source>%n record(s) in the file lack facts the catalogue has (listed below): a table left out of a package, an empty column or cell. Nothing is removed unless you choose so.</source>
        <translation>
            <numerusform>%n record in the file lacks facts the catalogue has (listed below): a table left out of a package, an empty column or cell. Nothing is removed unless you choose so.</numerusform>
            <numerusform>%n records in the file lack facts the catalogue has (listed below): a table left out of a package, an empty column or cell. Nothing is removed unless you choose so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="394"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="439"/>
        <source>Importing %n record(s)…</source>
        <translation>
            <numerusform>Importing %n record…</numerusform>
            <numerusform>Importing %n records…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="403"/>
        <source>The facts the file lacks were kept.</source>
        <translation>The facts the file lacks were kept.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="405"/>
        <source>%n fact(s) removed, as chosen.</source>
        <translation>
            <numerusform>%n fact removed, as chosen.</numerusform>
            <numerusform>%n facts removed, as chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="420"/>
        <source>%n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>%n problem found; nothing was imported.</numerusform>
            <numerusform>%n problems found; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="438"/>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="398"/>
        <source>Imported: %1 added, %2 updated, %3 unchanged. “Undo last change” takes the whole import back.</source>
        <translation>Imported: %1 added, %2 updated, %3 unchanged. “Undo last change” takes the whole import back.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="14"/>
        <source>Help point</source>
        <translation>Help point</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="15"/>
        <source>Device loan</source>
        <translation>Device loan</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="16"/>
        <source>Helpline</source>
        <translation>Helpline</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="17"/>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="23"/>
        <source>walk in</source>
        <translation>walk in</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="24"/>
        <source>by appointment</source>
        <translation>by appointment</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="25"/>
        <source>only via a social worker or organisation</source>
        <translation>only via a social worker or organisation</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="26"/>
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="27"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="28"/>
        <source>home visit</source>
        <translation>home visit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="34"/>
        <source>identity card (eID)</source>
        <translation>identity card (eID)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="35"/>
        <source>PIN code of the identity card</source>
        <translation>PIN code of the identity card</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="36"/>
        <source>own smartphone</source>
        <translation>own smartphone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="37"/>
        <source>own laptop or tablet</source>
        <translation>own laptop or tablet</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="38"/>
        <source>bank card and card reader</source>
        <translation>bank card and card reader</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="39"/>
        <source>the letter or e-mail received</source>
        <translation>the letter or e-mail received</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="40"/>
        <source>login details (itsme, passwords)</source>
        <translation>login details (itsme, passwords)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="41"/>
        <source>proof of income</source>
        <translation>proof of income</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="42"/>
        <source>letter from the social worker</source>
        <translation>letter from the social worker</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="48"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="49"/>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="50"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="51"/>
        <source>temporarily closed</source>
        <translation>temporarily closed</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="56"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="56"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="56"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="57"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="57"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="57"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="58"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="62"/>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="62"/>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="62"/>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="63"/>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="63"/>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="63"/>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="64"/>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="69"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="76"/>
        <source>Belgium</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="77"/>
        <source>Flanders</source>
        <translation>Flanders</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="78"/>
        <source>Wallonia</source>
        <translation>Wallonia</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="79"/>
        <source>Brussels-Capital Region</source>
        <translation>Brussels-Capital Region</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="85"/>
        <source>province %1</source>
        <translation>province %1</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="46"/>
        <location filename="../../einclusie_app/gui/client_view.py" line="49"/>
        <source>I speak…</source>
        <extracomment>Side of the phone-card QR code on screen, in pixels: large enough for any phone camera at arm&apos;s length across the counter.</extracomment>
        <translation>I speak…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="98"/>
        <source>E-inclusie Wegwijzer</source>
        <extracomment>Seconds the start waits for a local store another counter keeps busy; then the window goes on without it and tries again in the background (gui/store_watch.py). The details of a typed search&apos;s first result come after the rows are painted, or after this. At most this many place suggestions under the place field. Focus that shows: the widget the keys go to has a frame in the highlight colour. The staff chose another interface language (the host builds the window again). What is open (core/session.py): the catalogue shown, the local store, every change. The one way off the GUI thread (gui/tasks.py): loading, saving, importing... Searching as you type, on a thread of its own (newest words win). The query whose answer the results show (None: nothing was searched).</extracomment>
        <translation>E-inclusie Wegwijzer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="106"/>
        <source>What does the client need? e.g. itsme, laptop lenen, kaart kwijt</source>
        <translation>What does the client need? e.g. itsme, laptop lenen, kaart kwijt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="107"/>
        <source>Search words</source>
        <translation>Search words</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="112"/>
        <source>Postcode or place</source>
        <translation>Postcode or place</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="113"/>
        <source>Place: postcode, municipality or district</source>
        <translation>Place: postcode, municipality or district</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="126"/>
        <source>Distance around the place</source>
        <translation>Distance around the place</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="128"/>
        <source>within %1 km</source>
        <translation>within %1 km</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="139"/>
        <source>Only %1</source>
        <translation>Only %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="140"/>
        <source>Show only this kind of help (several can be on)</source>
        <translation>Show only this kind of help (several can be on)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="145"/>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="146"/>
        <source>Only free of charge</source>
        <translation>Only free of charge</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="148"/>
        <source>Language the help is given in</source>
        <translation>Language the help is given in</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="149"/>
        <source>Any language</source>
        <translation>Any language</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="151"/>
        <source>How the client gets in</source>
        <translation>How the client gets in</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="152"/>
        <source>Any way in</source>
        <translation>Any way in</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="160"/>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="161"/>
        <source>Only what is open or can be called now</source>
        <translation>Only what is open or can be called now</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="162"/>
        <source>Open at:</source>
        <translation>Open at:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="163"/>
        <source>Only what is open at a chosen day and time</source>
        <translation>Only what is open at a chosen day and time</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="165"/>
        <source>Day and time to check</source>
        <translation>Day and time to check</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="170"/>
        <source>Open first</source>
        <translation>Open first</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="171"/>
        <source>Show what is open first</source>
        <translation>Show what is open first</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="173"/>
        <source>Drop the filters (F9)</source>
        <translation>Drop the filters (F9)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="174"/>
        <source>Drop every filter</source>
        <translation>Drop every filter</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="176"/>
        <source>Kinds, free, language, way in and opening hours back to “any” (F9)</source>
        <translation>Kinds, free, language, way in and opening hours back to “any” (F9)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="191"/>
        <source>Results</source>
        <extracomment>What the table shows, row for row: the model itself (it sorts itself).</extracomment>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="209"/>
        <location filename="../../einclusie_app/gui/main_window.py" line="383"/>
        <source>Loading the catalogue…</source>
        <translation>Loading the catalogue…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="210"/>
        <source>Search status</source>
        <translation>Search status</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="282"/>
        <source>Work in progress</source>
        <extracomment>The counter&apos;s name for the handout, from the site settings.</extracomment>
        <translation>Work in progress</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="284"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="297"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="298"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="302"/>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="303"/>
        <source>&amp;New client</source>
        <translation>&amp;New client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="307"/>
        <source>&amp;Add to the basket (for this client)</source>
        <translation>&amp;Add to the basket (for this client)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="311"/>
        <source>&amp;Print the page for the client…</source>
        <translation>&amp;Print the page for the client…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="315"/>
        <source>Save the page as P&amp;DF…</source>
        <translation>Save the page as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="319"/>
        <source>&amp;Show to the client…</source>
        <translation>&amp;Show to the client…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="323"/>
        <source>Client&apos;s &amp;language…</source>
        <translation>Client&apos;s &amp;language…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="327"/>
        <source>Client &amp;screen (second monitor)</source>
        <translation>Client &amp;screen (second monitor)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="335"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="336"/>
        <source>Interface &amp;language</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="344"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="345"/>
        <source>&amp;About E-inclusie Wegwijzer</source>
        <translation>&amp;About E-inclusie Wegwijzer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="390"/>
        <source>The catalogue could not be opened: %1</source>
        <translation>The catalogue could not be opened: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="446"/>
        <source>Reading the catalogue&apos;s words…</source>
        <translation>Reading the catalogue&apos;s words…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="500"/>
        <source>Site settings: %1</source>
        <translation>Site settings: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="734"/>
        <source>Showing results for %1 (typed: %2)</source>
        <translation>Showing results for %1 (typed: %2)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="737"/>
        <source>Did you mean %1? Its results follow, marked.</source>
        <translation>Did you mean %1? Its results follow, marked.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="741"/>
        <source>No help has every word: the best partial matches, each marked with what it lacks (not found: %1)</source>
        <translation>No help has every word: the best partial matches, each marked with what it lacks (not found: %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/main_window.py" line="744"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="750"/>
        <source>No help found with the filters %1. Press F9 to drop them.</source>
        <translation>No help found with the filters %1. Press F9 to drop them.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="752"/>
        <source>No help found. Try fewer words, another place or a larger distance.</source>
        <translation>No help found. Try fewer words, another place or a larger distance.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="758"/>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="760"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="764"/>
        <source>open now</source>
        <translation>open now</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="766"/>
        <source>open at %1</source>
        <translation>open at %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="779"/>
        <source>Filters dropped.</source>
        <translation>Filters dropped.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="813"/>
        <source>Near %1 (taken for %2)</source>
        <translation>Near %1 (taken for %2)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="817"/>
        <location filename="../../einclusie_app/gui/main_window.py" line="827"/>
        <source>Which place do you mean by %1? %2</source>
        <translation>Which place do you mean by %1? %2</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="823"/>
        <source>The place %1 is not known. Did you mean: %2?</source>
        <translation>The place %1 is not known. Did you mean: %2?</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="829"/>
        <source>The place %1 is not known: check the spelling, or type a postcode.</source>
        <translation>The place %1 is not known: check the spelling, or type a postcode.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1028"/>
        <source>“%1” is already in the basket.</source>
        <translation>“%1” is already in the basket.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1032"/>
        <source>The basket is full (%1 records, two pages): remove one first.</source>
        <translation>The basket is full (%1 records, two pages): remove one first.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1036"/>
        <source>“%1” is in the basket (%2 of %3).</source>
        <translation>“%1” is in the basket (%2 of %3).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1076"/>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1079"/>
        <source>the printer</source>
        <translation>the printer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/main_window.py" line="1080"/>
        <source>Sent to %1: %n page(s) for the client.</source>
        <translation>
            <numerusform>Sent to %1: %n page for the client.</numerusform>
            <numerusform>Sent to %1: %n pages for the client.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="815"/>
        <source>Near %1</source>
        <translation>Near %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="972"/>
        <location filename="../../einclusie_app/gui/main_window.py" line="1023"/>
        <location filename="../../einclusie_app/gui/main_window.py" line="1046"/>
        <source>Choose a result first.</source>
        <translation>Choose a result first.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1104"/>
        <source>Save the page for the client</source>
        <translation>Save the page for the client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1105"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1111"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/main_window.py" line="1113"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1134"/>
        <source>New client: everything of the last client is gone.</source>
        <translation>New client: everything of the last client is gone.</translation>
    </message>
</context>
<context>
    <name>Maintainer</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="83"/>
        <source>&amp;Maintainer</source>
        <extracomment>The date &quot;checked today&quot; and the to-do list use (None: the real today; tests fix it). The kind of the last refused update (core.updates.UpdateError.kind), or None. How the last action ended: True done, False refused, None still running. The last action&apos;s core.session.Outcome (when it was done).</extracomment>
        <translation>&amp;Maintainer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="87"/>
        <source>&amp;New record…</source>
        <translation>&amp;New record…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="88"/>
        <source>Add a record of this municipality</source>
        <translation>Add a record of this municipality</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="89"/>
        <source>&amp;Edit selected record…</source>
        <translation>&amp;Edit selected record…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="90"/>
        <source>Correct the selected record</source>
        <translation>Correct the selected record</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="91"/>
        <source>&amp;Checked today (selected record)</source>
        <translation>&amp;Checked today (selected record)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="92"/>
        <source>Set the last-checked date of the selected record to today</source>
        <translation>Set the last-checked date of the selected record to today</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="94"/>
        <source>&amp;Retire selected record…</source>
        <translation>&amp;Retire selected record…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="95"/>
        <source>No longer show the selected record (can be undone)</source>
        <translation>No longer show the selected record (can be undone)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="96"/>
        <source>Re&amp;store a retired record…</source>
        <translation>Re&amp;store a retired record…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="97"/>
        <source>Show a retired record again</source>
        <translation>Show a retired record again</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="98"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="183"/>
        <source>Re&amp;vert selected record to the shipped version…</source>
        <translation>Re&amp;vert selected record to the shipped version…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="100"/>
        <source>Drop the local version of the selected record</source>
        <translation>Drop the local version of the selected record</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="111"/>
        <source>Change &amp;log and undo…</source>
        <translation>Change &amp;log and undo…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="112"/>
        <source>Every change made here, with undo</source>
        <translation>Every change made here, with undo</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="114"/>
        <source>&amp;Undo last change</source>
        <translation>&amp;Undo last change</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="115"/>
        <source>Undo the last change to the catalogue (an import as a whole)</source>
        <translation>Undo the last change to the catalogue (an import as a whole)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="118"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="119"/>
        <source>Import HSDS JSON, an HSDS CSV package or the spreadsheet template</source>
        <translation>Import HSDS JSON, an HSDS CSV package or the spreadsheet template</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="121"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="122"/>
        <source>Write the whole catalogue as HSDS JSON or CSV</source>
        <translation>Write the whole catalogue as HSDS JSON or CSV</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="124"/>
        <source>&amp;Apply catalogue update…</source>
        <translation>&amp;Apply catalogue update…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="125"/>
        <source>Apply a signed catalogue update from a USB stick or a shared folder</source>
        <translation>Apply a signed catalogue update from a USB stick or a shared folder</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="127"/>
        <source>Roll &amp;back last update…</source>
        <translation>Roll &amp;back last update…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="128"/>
        <source>Go back to the catalogue in use before the last update</source>
        <translation>Go back to the catalogue in use before the last update</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="130"/>
        <source>Con&amp;flicts after an update…</source>
        <translation>Con&amp;flicts after an update…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="131"/>
        <source>Records corrected here that an update changed too</source>
        <translation>Records corrected here that an update changed too</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="147"/>
        <source>The catalogue is still loading.</source>
        <translation>The catalogue is still loading.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="148"/>
        <source>Not available: this window shows a catalogue file opened directly (or the local store could not be opened), so nothing can be changed here. Start the program without a catalogue file to maintain the catalogue.</source>
        <translation>Not available: this window shows a catalogue file opened directly (or the local store could not be opened), so nothing can be changed here. Start the program without a catalogue file to maintain the catalogue.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="182"/>
        <source>Re&amp;move selected record (added here)…</source>
        <translation>Re&amp;move selected record (added here)…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="221"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="256"/>
        <source>Nothing was changed: the record has %n problem(s).</source>
        <translation>
            <numerusform>Nothing was changed: the record has %n problem.</numerusform>
            <numerusform>Nothing was changed: the record has %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="261"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="268"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="270"/>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="524"/>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="300"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="301"/>
        <source>Reading the catalogue again…</source>
        <translation>Reading the catalogue again…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="337"/>
        <source>Edit record</source>
        <translation>Edit record</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="338"/>
        <source>This record is retired or does not exist.</source>
        <translation>This record is retired or does not exist.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="347"/>
        <source>Checked today</source>
        <translation>Checked today</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="348"/>
        <source>“%1” checked today.</source>
        <translation>“%1” checked today.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="349"/>
        <source>“%1” was already checked today.</source>
        <translation>“%1” was already checked today.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="362"/>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="363"/>
        <source>Retired “%1”. “Undo last change” brings it back.</source>
        <translation>Retired “%1”. “Undo last change” brings it back.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="375"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="376"/>
        <source>Restored “%1”.</source>
        <translation>Restored “%1”.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="384"/>
        <source>Remove “%1”, added here? (The change log keeps it; “Undo last change” brings it back.)</source>
        <translation>Remove “%1”, added here? (The change log keeps it; “Undo last change” brings it back.)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="386"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="388"/>
        <source>Drop the corrections made here to “%1” and show the shipped version again? (The change log keeps them; “Undo last change” brings them back.)</source>
        <translation>Drop the corrections made here to “%1” and show the shipped version again? (The change log keeps them; “Undo last change” brings them back.)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="391"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="392"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="396"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="397"/>
        <source>“%1”: the local version is dropped.</source>
        <translation>“%1”: the local version is dropped.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="442"/>
        <source>There is nothing to undo.</source>
        <extracomment>The to-do list is the check round.</extracomment>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="456"/>
        <source>Not undone</source>
        <translation>Not undone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="457"/>
        <source>This change cannot be undone now; nothing was changed.</source>
        <translation>This change cannot be undone now; nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="449"/>
        <source>Undone: %n change(s) (%1).</source>
        <translation>
            <numerusform>Undone: %n change (%1).</numerusform>
            <numerusform>Undone: %n changes (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="102"/>
        <source>&amp;To-do: check round…</source>
        <translation>&amp;To-do: check round…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="103"/>
        <source>Records flagged at a counter, then never checked, then the oldest: check them one by one, or print a call list</source>
        <translation>Records flagged at a counter, then never checked, then the oldest: check them one by one, or print a call list</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="105"/>
        <source>Covera&amp;ge of the region…</source>
        <translation>Covera&amp;ge of the region…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="106"/>
        <source>What the catalogue knows per municipality of the home region</source>
        <translation>What the catalogue knows per municipality of the home region</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="108"/>
        <source>Fill-in &amp;pack for a municipality…</source>
        <translation>Fill-in &amp;pack for a municipality…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="109"/>
        <source>A spreadsheet for a municipality to fill in, with what is known there</source>
        <translation>A spreadsheet for a municipality to fill in, with what is known there</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="461"/>
        <source>Undoing…</source>
        <translation>Undoing…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="491"/>
        <source>Choose a catalogue update</source>
        <translation>Choose a catalogue update</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="492"/>
        <source>Catalogue updates (*.einclusie-update);;All files (*)</source>
        <translation>Catalogue updates (*.einclusie-update);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="497"/>
        <source>Update refused</source>
        <translation>Update refused</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="499"/>
        <source>Checking and applying the update…</source>
        <translation>Checking and applying the update…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="503"/>
        <source>Update %1 applied: the catalogue now holds %n service(s) (made %2).</source>
        <translation>
            <numerusform>Update %1 applied: the catalogue now holds %n service (made %2).</numerusform>
            <numerusform>Update %1 applied: the catalogue now holds %n services (made %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="507"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="510"/>
        <source>“Roll back last update” goes back.</source>
        <translation>“Roll back last update” goes back.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="514"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="520"/>
        <source>Update applied</source>
        <translation>Update applied</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="515"/>
        <source>%n record(s) corrected here were changed by the update too. The version made here keeps showing until you choose.</source>
        <translation>
            <numerusform>%n record corrected here were changed by the update too. The version made here keeps showing until you choose.</numerusform>
            <numerusform>%n records corrected here were changed by the update too. The version made here keeps showing until you choose.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="518"/>
        <source>Show the conflicts</source>
        <translation>Show the conflicts</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="518"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="529"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="533"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="536"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="537"/>
        <source>Roll back</source>
        <translation>Roll back</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="534"/>
        <source>Go back to the catalogue in use before the last update? The records added or corrected here stay as they are.</source>
        <translation>Go back to the catalogue in use before the last update? The records added or corrected here stay as they are.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="538"/>
        <source>Rolling back…</source>
        <translation>Rolling back…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="545"/>
        <source>Rolled back: the program uses the catalogue it came with again.</source>
        <translation>Rolled back: the program uses the catalogue it came with again.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="547"/>
        <source>Rolled back: the program uses update %1 again.</source>
        <translation>Rolled back: the program uses update %1 again.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="550"/>
        <source>Rolled back</source>
        <translation>Rolled back</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="567"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="563"/>
        <source>“%1”: the version made here is kept.</source>
        <translation>“%1”: the version made here is kept.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="460"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="564"/>
        <source>“%1”: the update&apos;s version is taken.</source>
        <translation>“%1”: the update&apos;s version is taken.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="565"/>
        <source>“%1”: merged field by field.</source>
        <translation>“%1”: merged field by field.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="24"/>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="25"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="26"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="27"/>
        <source>Kind of help</source>
        <translation>Kind of help</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="28"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="29"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="30"/>
        <source>Warning for staff</source>
        <translation>Warning for staff</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="31"/>
        <source>May have ended</source>
        <translation>May have ended</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="32"/>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="33"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="34"/>
        <source>How to get in</source>
        <translation>How to get in</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="35"/>
        <source>What to bring</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="36"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="37"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="38"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="39"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="40"/>
        <source>Weekly hours</source>
        <translation>Weekly hours</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="41"/>
        <source>Hours as the source gave them</source>
        <translation>Hours as the source gave them</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="42"/>
        <source>Legal holidays</source>
        <translation>Legal holidays</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="43"/>
        <source>School holidays</source>
        <translation>School holidays</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="44"/>
        <source>Service area</source>
        <translation>Service area</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="45"/>
        <source>Other ids</source>
        <translation>Other ids</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="46"/>
        <source>Last checked</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="47"/>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="48"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="49"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="50"/>
        <source>Dated exceptions</source>
        <translation>Dated exceptions</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="51"/>
        <source>HSDS data kept as received</source>
        <translation>HSDS data kept as received</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="52"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="53"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="55"/>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="56"/>
        <source>street</source>
        <translation>street</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="57"/>
        <source>house number</source>
        <translation>house number</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="58"/>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="59"/>
        <source>municipality</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="60"/>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="61"/>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="62"/>
        <source>accessibility</source>
        <translation>accessibility</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="63"/>
        <source>web address</source>
        <translation>web address</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="64"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="65"/>
        <source>confidence</source>
        <translation>confidence</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="66"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="67"/>
        <source>opens</source>
        <translation>opens</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="68"/>
        <source>closes</source>
        <translation>closes</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="76"/>
        <source>place name</source>
        <translation>place name</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="78"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="102"/>
        <source>%1, row %2</source>
        <translation>%1, row %2</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="105"/>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="119"/>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="556"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="117"/>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="138"/>
        <source>Tick at least one kind of help.</source>
        <translation>Tick at least one kind of help.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="140"/>
        <source>A dated exception needs its date (YYYY-MM-DD).</source>
        <translation>A dated exception needs its date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="142"/>
        <source>This is required: it cannot be empty.</source>
        <translation>This is required: it cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="144"/>
        <source>The phone number is empty.</source>
        <translation>The phone number is empty.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="146"/>
        <source>“%1” is not a Belgian phone number: check the digits and the prefix (short numbers such as 1700, 106 and 102 are fine).</source>
        <translation>“%1” is not a Belgian phone number: check the digits and the prefix (short numbers such as 1700, 106 and 102 are fine).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="150"/>
        <source>“%1” is not a Belgian postcode: a postcode has four digits.</source>
        <translation>“%1” is not a Belgian postcode: a postcode has four digits.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="154"/>
        <source>Postcode %1 does not exist in Belgium (it is not in the list of places).</source>
        <translation>Postcode %1 does not exist in Belgium (it is not in the list of places).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="158"/>
        <source>Give a postcode, a municipality or coordinates.</source>
        <translation>Give a postcode, a municipality or coordinates.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="163"/>
        <source>Postcode %1 is %2, not %3.</source>
        <translation>Postcode %1 is %2, not %3.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="168"/>
        <source>“%1” is not a known place name.</source>
        <translation>“%1” is not a known place name.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="172"/>
        <source>“%1” is more than one place (%2): give the postcode.</source>
        <translation>“%1” is more than one place (%2): give the postcode.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="176"/>
        <source>Postcode %1 belongs to %2: give the municipality too.</source>
        <translation>Postcode %1 belongs to %2: give the municipality too.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="179"/>
        <source>The postcode and municipality do not point to one known place: %1.</source>
        <translation>The postcode and municipality do not point to one known place: %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="183"/>
        <source>Latitude and longitude go together: give both or neither.</source>
        <translation>Latitude and longitude go together: give both or neither.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="186"/>
        <source>“%1” is not a number (like 51.0656).</source>
        <translation>“%1” is not a number (like 51.0656).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="189"/>
        <source>Latitude %1 does not exist: a latitude lies between -90 and 90 (in Belgium between 49.4 and 51.6).</source>
        <translation>Latitude %1 does not exist: a latitude lies between -90 and 90 (in Belgium between 49.4 and 51.6).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="193"/>
        <source>Longitude %1 does not exist: a longitude lies between -180 and 180 (in Belgium between 2.4 and 6.5).</source>
        <translation>Longitude %1 does not exist: a longitude lies between -180 and 180 (in Belgium between 2.4 and 6.5).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="197"/>
        <source>The point (%1, %2) is not in Belgium.</source>
        <translation>The point (%1, %2) is not in Belgium.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="201"/>
        <source>“%1” contains a space; a web address has none.</source>
        <translation>“%1” contains a space; a web address has none.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="204"/>
        <source>“%1” looks like an e-mail address, not a web address.</source>
        <translation>“%1” looks like an e-mail address, not a web address.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="208"/>
        <source>“%1” is not a web address (like www.gemeente.be).</source>
        <translation>“%1” is not a web address (like www.gemeente.be).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="212"/>
        <source>“%1” is not a web address: it starts with http://, https:// or the site&apos;s name.</source>
        <translation>“%1” is not a web address: it starts with http://, https:// or the site&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="216"/>
        <source>“%1” contains a space; an e-mail address has none.</source>
        <translation>“%1” contains a space; an e-mail address has none.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="220"/>
        <source>“%1” is not an e-mail address (like naam@gemeente.be).</source>
        <translation>“%1” is not an e-mail address (like naam@gemeente.be).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="224"/>
        <source>These hours do not make sense: %1. Write them like “Mo 09:00-12:00,13:00-17:00; We 14:00-16:00”.</source>
        <translation>These hours do not make sense: %1. Write them like “Mo 09:00-12:00,13:00-17:00; We 14:00-16:00”.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="228"/>
        <source>“%1” is not a date (write it as YYYY-MM-DD, like 2025-03-14).</source>
        <translation>“%1” is not a date (write it as YYYY-MM-DD, like 2025-03-14).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="232"/>
        <source>The date %1 does not exist.</source>
        <translation>The date %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="235"/>
        <source>%1 is in the future: a record cannot have been checked later than today.</source>
        <translation>%1 is in the future: a record cannot have been checked later than today.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="239"/>
        <source>“%1” is not a time (HH:MM, like 09:30).</source>
        <translation>“%1” is not a time (HH:MM, like 09:30).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="243"/>
        <source>An extra session needs both an opening and a closing time; leave both empty for a closed day.</source>
        <translation>An extra session needs both an opening and a closing time; leave both empty for a closed day.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="246"/>
        <source>These times do not work: %1.</source>
        <translation>These times do not work: %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="249"/>
        <source>Unknown code “%1”.</source>
        <translation>Unknown code “%1”.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="251"/>
        <source>“%1” is listed twice.</source>
        <translation>“%1” is listed twice.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="254"/>
        <source>“%1” is not a language code (two or three letters, like nl, fr, ar).</source>
        <translation>“%1” is not a language code (two or three letters, like nl, fr, ar).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="258"/>
        <source>“%1” is not a service area (be, region:flanders, province:&lt;name&gt;, municipality:&lt;name&gt;).</source>
        <translation>“%1” is not a service area (be, region:flanders, province:&lt;name&gt;, municipality:&lt;name&gt;).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="262"/>
        <source>This service area is not known: %1.</source>
        <translation>This service area is not known: %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="266"/>
        <source>“%1” cannot be a record id: use only a-z, 0-9 and hyphens, like digipunt-bib-torhout.</source>
        <translation>“%1” cannot be a record id: use only a-z, 0-9 and hyphens, like digipunt-bib-torhout.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="270"/>
        <source>The id “%1” is already used by another record (maybe a retired one); choose another.</source>
        <translation>The id “%1” is already used by another record (maybe a retired one); choose another.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="274"/>
        <source>“%1” is already used by the record “%2”; choose another.</source>
        <translation>“%1” is already used by the record “%2”; choose another.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="278"/>
        <source>“%1” cannot be another id: use only a-z, 0-9 and hyphens.</source>
        <translation>“%1” cannot be another id: use only a-z, 0-9 and hyphens.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="282"/>
        <source>“%1” is not a school calendar this program knows.</source>
        <translation>“%1” is not a school calendar this program knows.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="286"/>
        <source>Give at least one source: the page or document where these facts were read.</source>
        <translation>Give at least one source: the page or document where these facts were read.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="290"/>
        <source>Choose how sure the source is.</source>
        <translation>Choose how sure the source is.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="294"/>
        <source>This text holds an invisible control character (%1) that cannot be shown or printed: remove it (type the text again, or paste it as plain text).</source>
        <translation>This text holds an invisible control character (%1) that cannot be shown or printed: remove it (type the text again, or paste it as plain text).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="299"/>
        <source>This text holds an invisible direction mark (%1) that turns the text around on screen, so it shows something else than what is stored: remove it.</source>
        <translation>This text holds an invisible direction mark (%1) that turns the text around on screen, so it shows something else than what is stored: remove it.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="304"/>
        <source>This text holds a broken character (%1) that cannot be stored: type that part again.</source>
        <translation>This text holds a broken character (%1) that cannot be stored: type that part again.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="308"/>
        <source>This text is %1 characters long; at most %2 fit here. Is it the right text?</source>
        <translation>This text is %1 characters long; at most %2 fit here. Is it the right text?</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="328"/>
        <source>All of Belgium</source>
        <translation>All of Belgium</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="329"/>
        <source>A region</source>
        <translation>A region</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="330"/>
        <source>A province</source>
        <translation>A province</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="331"/>
        <source>A municipality</source>
        <translation>A municipality</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="337"/>
        <source>Flanders</source>
        <translation>Flanders</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="338"/>
        <source>Brussels</source>
        <translation>Brussels</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="339"/>
        <source>Wallonia</source>
        <translation>Wallonia</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="345"/>
        <source>Open as usual in school holidays</source>
        <translation>Open as usual in school holidays</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="346"/>
        <source>Closed in the Flemish school holidays</source>
        <translation>Closed in the Flemish school holidays</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="348"/>
        <source>Closed in the French-speaking Community&apos;s school holidays</source>
        <translation>Closed in the French-speaking Community&apos;s school holidays</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="350"/>
        <source>Closed in the German-speaking Community&apos;s school holidays</source>
        <translation>Closed in the German-speaking Community&apos;s school holidays</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="357"/>
        <source>everything read on the source</source>
        <translation>everything read on the source</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="358"/>
        <source>partly inferred (say what in notes)</source>
        <translation>partly inferred (say what in notes)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="364"/>
        <source>added here</source>
        <translation>added here</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="365"/>
        <source>corrected here</source>
        <translation>corrected here</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="366"/>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="378"/>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="367"/>
        <source>as shipped</source>
        <translation>as shipped</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="368"/>
        <source>not there</source>
        <translation>not there</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="374"/>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="375"/>
        <source>corrected</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="376"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="377"/>
        <source>checked today</source>
        <translation>checked today</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="379"/>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="380"/>
        <source>back to shipped</source>
        <translation>back to shipped</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="381"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="382"/>
        <source>conflict settled</source>
        <translation>conflict settled</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="383"/>
        <source>undo</source>
        <translation>undo</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="392"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="393"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="419"/>
        <source>as usual</source>
        <translation>as usual</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="433"/>
        <source>This file is not a catalogue update.</source>
        <translation>This file is not a catalogue update.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="435"/>
        <source>This update is not signed. An unsigned update is never applied.</source>
        <translation>This update is not signed. An unsigned update is never applied.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="437"/>
        <source>This update is signed with a key this site does not trust (wrong key). Only updates signed by the central maintainer&apos;s key are applied.</source>
        <translation>This update is signed with a key this site does not trust (wrong key). Only updates signed by the central maintainer&apos;s key are applied.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="440"/>
        <source>This update has been changed after it was signed (tampered with). It is refused.</source>
        <translation>This update has been changed after it was signed (tampered with). It is refused.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="443"/>
        <source>This update is older than the catalogue in use (or the same one).</source>
        <translation>This update is older than the catalogue in use (or the same one).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="445"/>
        <source>This update holds a catalogue this version of the program cannot read.</source>
        <translation>This update holds a catalogue this version of the program cannot read.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="448"/>
        <source>No trusted key is configured for this site, so no update can be checked. The site settings (catalogue.trusted_keys) must name the central maintainer&apos;s public key.</source>
        <translation>No trusted key is configured for this site, so no update can be checked. The site settings (catalogue.trusted_keys) must name the central maintainer&apos;s public key.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="452"/>
        <source>A trusted key in the site settings cannot be read.</source>
        <translation>A trusted key in the site settings cannot be read.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="454"/>
        <source>No update is installed: the program already uses the catalogue it came with.</source>
        <translation>No update is installed: the program already uses the catalogue it came with.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="458"/>
        <source>The update was refused.</source>
        <translation>The update was refused.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="476"/>
        <source>the file is empty (0 bytes): a copy that failed, or a full disk</source>
        <translation>the file is empty (0 bytes): a copy that failed, or a full disk</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="479"/>
        <source>the file is cut off: it is shorter than it should be</source>
        <translation>the file is cut off: it is shorter than it should be</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="482"/>
        <source>parts of the file are damaged (SQLite finds damaged pages)</source>
        <translation>parts of the file are damaged (SQLite finds damaged pages)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="485"/>
        <source>the file is another program&apos;s database, not a local store</source>
        <translation>the file is another program&apos;s database, not a local store</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="488"/>
        <source>the file is not a local store file, or its beginning is damaged</source>
        <translation>the file is not a local store file, or its beginning is damaged</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="496"/>
        <source>To restore it (the catalogue maintainer or IT):
1. Close the program on every counter that uses this folder. Rename the damaged file (e.g. local.sqlite.damaged) and keep it until the restore is checked.
2. Copy local.sqlite from the backup of the shared folder into the folder. Changes made after the backup are not in it: “Change log and undo” shows what it holds.
3. No backup? Another counter that showed the local records recently holds them in its cache (merged-….sqlite): export that and import it into a new store.
The whole procedure: docs/local-store.md, “When the store is damaged” (in the program&apos;s folder).</source>
        <translation>To restore it (the catalogue maintainer or IT):
1. Close the program on every counter that uses this folder. Rename the damaged file (e.g. local.sqlite.damaged) and keep it until the restore is checked.
2. Copy local.sqlite from the backup of the shared folder into the folder. Changes made after the backup are not in it: “Change log and undo” shows what it holds.
3. No backup? Another counter that showed the local records recently holds them in its cache (merged-….sqlite): export that and import it into a new store.
The whole procedure: docs/local-store.md, “When the store is damaged” (in the program&apos;s folder).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="515"/>
        <source>This could not be saved now: the local store is busy, another counter is saving changes to it (an import can take a few seconds). Nothing was changed; try again in a moment.</source>
        <translation>This could not be saved now: the local store is busy, another counter is saving changes to it (an import can take a few seconds). Nothing was changed; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="520"/>
        <source>Nothing was changed: the local store file %1 is damaged (%2). The file is kept as it is; the catalogue maintainer or IT must restore it.</source>
        <translation>Nothing was changed: the local store file %1 is damaged (%2). The file is kept as it is; the catalogue maintainer or IT must restore it.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="537"/>
        <source>Kind of help “%1” inferred from the words: %2. Check it.</source>
        <translation>Kind of help “%1” inferred from the words: %2. Check it.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="542"/>
        <source>The service names no source: the file&apos;s own source is used (%1).</source>
        <translation>The service names no source: the file&apos;s own source is used (%1).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="546"/>
        <source>Not kept: the catalogue has no field for this.</source>
        <translation>Not kept: the catalogue has no field for this.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="19"/>
        <source>The local store folder %1 (named in the site settings) does not exist; it was not created. Showing the shipped catalogue only: nothing can be changed here.</source>
        <translation>The local store folder %1 (named in the site settings) does not exist; it was not created. Showing the shipped catalogue only: nothing can be changed here.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="23"/>
        <source>The local store is busy (another counter is saving): trying again. Until then the shipped catalogue shows, without this municipality&apos;s own records (%1).</source>
        <translation>The local store is busy (another counter is saving): trying again. Until then the shipped catalogue shows, without this municipality&apos;s own records (%1).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="29"/>
        <source>The local store is damaged (%2): the shipped catalogue shows, without this municipality&apos;s own records, until the catalogue maintainer or IT restores it. The file was kept as it is: %1.</source>
        <translation>The local store is damaged (%2): the shipped catalogue shows, without this municipality&apos;s own records, until the catalogue maintainer or IT restores it. The file was kept as it is: %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="35"/>
        <source>The local store could not be opened (%1); showing the shipped catalogue only.</source>
        <translation>The local store could not be opened (%1); showing the shipped catalogue only.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="39"/>
        <source>it has no signature: it was not installed by this program</source>
        <translation>it has no signature: it was not installed by this program</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="40"/>
        <source>it is signed with a key this site does not trust</source>
        <translation>it is signed with a key this site does not trust</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="41"/>
        <source>it was changed after it was signed</source>
        <translation>it was changed after it was signed</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="42"/>
        <source>it differs from the catalogue that was signed: changed or damaged since it was installed</source>
        <translation>it differs from the catalogue that was signed: changed or damaged since it was installed</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="44"/>
        <source>the file is missing</source>
        <translation>the file is missing</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="45"/>
        <source>it cannot be read (damaged)</source>
        <translation>it cannot be read (damaged)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="46"/>
        <source>this site trusts no key, so it cannot be checked</source>
        <translation>this site trusts no key, so it cannot be checked</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="49"/>
        <source>The installed catalogue update %1 is not used: %2. Showing the catalogue the program came with; apply the update again, or ask IT.</source>
        <translation>The installed catalogue update %1 is not used: %2. Showing the catalogue the program came with; apply the update again, or ask IT.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="52"/>
        <source>The installed catalogue update %1 cannot be used; showing the catalogue the program came with.</source>
        <translation>The installed catalogue update %1 cannot be used; showing the catalogue the program came with.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="55"/>
        <source>The catalogue with this municipality&apos;s records could not be opened (%1); showing the shipped catalogue only.</source>
        <translation>The catalogue with this municipality&apos;s records could not be opened (%1); showing the shipped catalogue only.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/notices.py" line="59"/>
        <source>%n local record(s) could not be shown; see the maintainer&apos;s to-do list.</source>
        <translation>
            <numerusform>%n local record could not be shown; see the maintainer&apos;s to-do list.</numerusform>
            <numerusform>%n local records could not be shown; see the maintainer&apos;s to-do list.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="62"/>
        <source>Site settings: the home place “%1” is not a known place, so the place field starts empty.</source>
        <translation>Site settings: the home place “%1” is not a known place, so the place field starts empty.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/notices.py" line="65"/>
        <source>%n record(s) corrected here were changed by the update too. The version made here keeps showing until you choose.</source>
        <translation>
            <numerusform>%n record corrected here was changed by the update too. The version made here keeps showing until you choose.</numerusform>
            <numerusform>%n records corrected here were changed by the update too. The version made here keeps showing until you choose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="572"/>
        <source>Fill-in pack for a municipality</source>
        <translation>Fill-in pack for a municipality</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="575"/>
        <source>A spreadsheet for the municipality to fill in: every offer known there, empty rows for what is missing, and a first sheet that explains in plain Dutch what to fill in and why. Imported back (Import…), it records who filled it in and when.</source>
        <translation>A spreadsheet for the municipality to fill in: every offer known there, empty rows for what is missing, and a first sheet that explains in plain Dutch what to fill in and why. Imported back (Import…), it records who filled it in and when.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="580"/>
        <source>Municipality (name or postcode)</source>
        <translation>Municipality (name or postcode)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="587"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="594"/>
        <source>Empty rows for new offers</source>
        <translation>Empty rows for new offers</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="595"/>
        <source>Empty &amp;rows:</source>
        <translation>Empty &amp;rows:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="599"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="600"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="600"/>
        <source>Choose where to save the pack</source>
        <translation>Choose where to save the pack</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="603"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="603"/>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="627"/>
        <source>Name the municipality first.</source>
        <translation>Name the municipality first.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="632"/>
        <source>Save the fill-in pack</source>
        <translation>Save the fill-in pack</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="633"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="641"/>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="665"/>
        <source>Writing the pack…</source>
        <translation>Writing the pack…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="646"/>
        <source>Saved the fill-in pack of %1: %2 record(s) known there, %3 serving it, %4 empty row(s). File: %5</source>
        <translation>Saved the fill-in pack of %1: %2 record(s) known there, %3 serving it, %4 empty row(s). File: %5</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="657"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="664"/>
        <source>Fill-in pack</source>
        <translation>Fill-in pack</translation>
    </message>
</context>
<context>
    <name>PhoneCard</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="178"/>
        <source>Contact card for the client&apos;s phone</source>
        <translation>Contact card for the client&apos;s phone</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="67"/>
        <source>&amp;Look in:</source>
        <extracomment>Each language named in itself, as the menu shows it.</extracomment>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="68"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="69"/>
        <source>%1 already exists.</source>
        <translation>%1 already exists.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="70"/>
        <source>Do you want to replace it?</source>
        <translation>Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="71"/>
        <source>Directory not found.</source>
        <translation>Directory not found.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="72"/>
        <source>Please verify the correct directory name was given.</source>
        <translation>Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="73"/>
        <source>File not found.</source>
        <translation>File not found.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="74"/>
        <source>Please verify the correct file name was given.</source>
        <translation>Please verify the correct file name was given.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="75"/>
        <source>&apos;%1&apos; is write protected.</source>
        <translation>&apos;%1&apos; is write protected.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="76"/>
        <source>Do you want to delete it anyway?</source>
        <translation>Do you want to delete it anyway?</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="284"/>
        <source>New record</source>
        <extracomment>The tables of a record and their columns, in the record&apos;s own names. A fixed Monday for the week preview (legal holidays play no part in it). The record was saved: its id and a sentence for the status bar. The window&apos;s session (core/session.py): its gazetteer, its checks, its save. The dialog showing another counter&apos;s change beside this one, when there was one.</extracomment>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="285"/>
        <source>Edit record: %1</source>
        <translation>Edit record: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="290"/>
        <source>Parts of the record</source>
        <translation>Parts of the record</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="302"/>
        <source>Problems to fix before saving</source>
        <translation>Problems to fix before saving</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="307"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="308"/>
        <source>Save the record</source>
        <translation>Save the record</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="311"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="312"/>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="372"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="373"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="373"/>
        <source>as the source gives it</source>
        <translation>as the source gives it</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="375"/>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="379"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="379"/>
        <source>who runs it</source>
        <translation>who runs it</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="386"/>
        <source>Kind: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="391"/>
        <source>Main kind (listed first)</source>
        <translation>Main kind (listed first)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="392"/>
        <source>The main kind is listed first</source>
        <translation>The main kind is listed first</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="395"/>
        <source>main:</source>
        <translation>main:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="399"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="404"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="408"/>
        <source>Warning for staff</source>
        <translation>Warning for staff</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="409"/>
        <source>a doubt staff must see, e.g. funding ended?</source>
        <translation>a doubt staff must see, e.g. funding ended?</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="410"/>
        <source>Its own sources say this offer may have ended</source>
        <translation>Its own sources say this offer may have ended</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="411"/>
        <source>May have ended</source>
        <translation>May have ended</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="413"/>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="413"/>
        <source>as stated, e.g. iedereen</source>
        <translation>as stated, e.g. iedereen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="414"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="414"/>
        <source>itsme; smartphone; belastingen</source>
        <translation>itsme; smartphone; belastingen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="417"/>
        <source>Made from the name; you may type another. It never changes once saved.</source>
        <translation>Made from the name; you may type another. It never changes once saved.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="419"/>
        <source>The id never changes.</source>
        <translation>The id never changes.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="426"/>
        <source>Only when the record&apos;s own sources say so (funding not extended, a pilot, a project with an end date); say why in “Warning for staff”. Staff see it; a client is told to call first.</source>
        <translation>Only when the record&apos;s own sources say so (funding not extended, a pilot, a project with an end date); say why in “Warning for staff”. Staff see it; a client is told to call first.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="432"/>
        <source>Separate topics with a semicolon (;).</source>
        <translation>Separate topics with a semicolon (;).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="435"/>
        <source>&amp;Where</source>
        <translation>&amp;Where</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="436"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="439"/>
        <source>Add address</source>
        <translation>Add address</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="440"/>
        <source>Remove address</source>
        <translation>Remove address</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="442"/>
        <source>A postcode or a municipality is enough; coordinates only when measured for this address.</source>
        <translation>A postcode or a municipality is enough; coordinates only when measured for this address.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="446"/>
        <source>Service area</source>
        <translation>Service area</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="449"/>
        <source>Kind of area to add</source>
        <translation>Kind of area to add</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="454"/>
        <source>Region to add</source>
        <translation>Region to add</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="458"/>
        <source>Province or municipality to add</source>
        <translation>Province or municipality to add</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="459"/>
        <source>e.g. Gent, or West-Vlaanderen</source>
        <translation>e.g. Gent, or West-Vlaanderen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="461"/>
        <source>Add area</source>
        <translation>Add area</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="462"/>
        <source>Add this area to the service area</source>
        <translation>Add this area to the service area</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="465"/>
        <source>Remove area</source>
        <translation>Remove area</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="466"/>
        <source>Remove the selected area</source>
        <translation>Remove the selected area</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="485"/>
        <source>For help that is not tied to an address (helplines, schemes): where it serves.</source>
        <translation>For help that is not tied to an address (helplines, schemes): where it serves.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="498"/>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="499"/>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="502"/>
        <source>Add phone</source>
        <translation>Add phone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="502"/>
        <source>Remove phone</source>
        <translation>Remove phone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="504"/>
        <source>As printed on the source, e.g. 050 12 34 56; short numbers such as 1700 are fine.</source>
        <translation>As printed on the source, e.g. 050 12 34 56; short numbers such as 1700 are fine.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="506"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="507"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="512"/>
        <source>&amp;Hours</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="513"/>
        <source>Weekly hours</source>
        <translation>Weekly hours</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="516"/>
        <source>Week preview</source>
        <translation>Week preview</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="524"/>
        <source>Days Mo Tu We Th Fr Sa Su; windows with a comma, days with a semicolon. Only when the source gives a weekly pattern.</source>
        <translation>Days Mo Tu We Th Fr Sa Su; windows with a comma, days with a semicolon. Only when the source gives a weekly pattern.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="526"/>
        <source>Hours as the source gave them</source>
        <translation>Hours as the source gave them</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="527"/>
        <source>e.g. dinsdag 14-16.30 uur</source>
        <translation>e.g. dinsdag 14-16.30 uur</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="530"/>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="533"/>
        <source>Open on legal holidays</source>
        <translation>Open on legal holidays</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="532"/>
        <source>As usual: closed, except a line open day and night</source>
        <translation>As usual: closed, except a line open day and night</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="534"/>
        <source>Closed on legal holidays</source>
        <translation>Closed on legal holidays</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="538"/>
        <source>Closed in school holidays</source>
        <translation>Closed in school holidays</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="543"/>
        <source>Dated exceptions</source>
        <translation>Dated exceptions</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="545"/>
        <source>Add exception</source>
        <translation>Add exception</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="546"/>
        <source>Remove exception</source>
        <translation>Remove exception</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="548"/>
        <source>A date (YYYY-MM-DD) without times: closed that day. With both times: an extra session.</source>
        <translation>A date (YYYY-MM-DD) without times: closed that day. With both times: an extra session.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="552"/>
        <source>&amp;Access &amp;&amp; cost</source>
        <translation>&amp;Access &amp;&amp; cost</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="560"/>
        <source>Way in: %1</source>
        <translation>Way in: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="569"/>
        <source>To bring: %1</source>
        <translation>To bring: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="573"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="574"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="574"/>
        <source>free, or the cost as stated</source>
        <translation>free, or the cost as stated</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="578"/>
        <source>Only what a source says.</source>
        <translation>Only what a source says.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="580"/>
        <source>Language codes the help is given in, separated by commas.</source>
        <translation>Language codes the help is given in, separated by commas.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="582"/>
        <source>Write “free” when it is free; leave empty when nobody said.</source>
        <translation>Write “free” when it is free; leave empty when nobody said.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="585"/>
        <source>So&amp;urces</source>
        <translation>So&amp;urces</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="587"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="590"/>
        <source>Add source</source>
        <translation>Add source</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="591"/>
        <source>Remove source</source>
        <translation>Remove source</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="593"/>
        <source>Every page or document a fact was read on, with its date.</source>
        <translation>Every page or document a fact was read on, with its date.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="594"/>
        <source>Last checked</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="595"/>
        <source>Checked &amp;today</source>
        <translation>Checked &amp;today</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="597"/>
        <source>Checked today: set the last-checked date to today</source>
        <translation>Checked today: set the last-checked date to today</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="606"/>
        <source>When a person last checked these facts (a record not checked for 12 months shows “call first”).</source>
        <translation>When a person last checked these facts (a record not checked for 12 months shows “call first”).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="761"/>
        <source>No weekly hours: the program says “hours not known — call first”.</source>
        <translation>No weekly hours: the program says “hours not known — call first”.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="767"/>
        <source>The week appears here when the hours make sense.</source>
        <translation>The week appears here when the hours make sense.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="773"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="814"/>
        <source>Type a name first.</source>
        <translation>Type a name first.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="822"/>
        <source>Which one? %1</source>
        <translation>Which one? %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="830"/>
        <source>This area is already in the list.</source>
        <translation>This area is already in the list.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1032"/>
        <source>%n problem(s) to fix before saving: %1</source>
        <translation>
            <numerusform>%n problem to fix before saving: %1</numerusform>
            <numerusform>%n problems to fix before saving: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1034"/>
        <source>Fix the problems listed first.</source>
        <translation>Fix the problems listed first.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1036"/>
        <source>No problems: ready to save.</source>
        <translation>No problems: ready to save.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1077"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1079"/>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1115"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1109"/>
        <source>Not saved: another counter changed this record meanwhile.</source>
        <translation>Not saved: another counter changed this record meanwhile.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1116"/>
        <source>The editor stays open: save again when the store can be written.</source>
        <translation>The editor stays open: save again when the store can be written.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1087"/>
        <source>Nothing changed in “%1”.</source>
        <translation>Nothing changed in “%1”.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1089"/>
        <source>Added “%1”.</source>
        <translation>Added “%1”.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1091"/>
        <source>Saved “%1” (%2).</source>
        <translation>Saved “%1” (%2).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="280"/>
        <source>Restore a retired record</source>
        <translation>Restore a retired record</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="283"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="283"/>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="283"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="284"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="290"/>
        <source>Retired records</source>
        <translation>Retired records</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="292"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="292"/>
        <source>Restore the selected record</source>
        <translation>Restore the selected record</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="294"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="294"/>
        <source>Close this list</source>
        <translation>Close this list</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="312"/>
        <source>No record is retired.</source>
        <translation>No record is retired.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="226"/>
        <source>Name</source>
        <extracomment>``opening_of(service_id, when) -&gt; core.opening.Opening``; None shows no status. ``place_name(postcode, name) -&gt; str``: a place as the staff&apos;s language names it (the window asks the gazetteer: &quot;Bruxelles&quot; in French); None: as the catalogue has it. The search&apos;s SearchResult (did_you_mean, partial_words...), or None.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="226"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="226"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="226"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="227"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="247"/>
        <source>without %1</source>
        <translation>without %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="249"/>
        <source>for “%1”</source>
        <translation>for “%1”</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="300"/>
        <source>Partial match: the words %1 are not in this record.</source>
        <translation>Partial match: the words %1 are not in this record.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="303"/>
        <source>Found for “%1”, not for the words as typed.</source>
        <translation>Found for “%1”, not for the words as typed.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="311"/>
        <source>The street address is not known: only the place %1.</source>
        <translation>The street address is not known: only the place %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="316"/>
        <source>Approximate: measured to the postcode or municipality, not to the door.</source>
        <translation>Approximate: measured to the postcode or municipality, not to the door.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="319"/>
        <source>Kept because it serves this place (%1); no distance.</source>
        <translation>Kept because it serves this place (%1); no distance.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="329"/>
        <source>serves %1</source>
        <translation>serves %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="332"/>
        <source>%1 (no street)</source>
        <translation>%1 (no street)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="340"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="342"/>
        <location filename="../../einclusie_app/gui/results_view.py" line="192"/>
        <source>service area</source>
        <extracomment>Below this viewport width the kind column is hidden (its pictogram stays by the name). The place column takes at most this share of what &quot;now&quot; and &quot;distance&quot; leave. Room beside the name in its cell: the kind&apos;s pictogram and the margins, in pixels. The rows were painted (the window shows the details after it; bench/keystroke.py times &quot;results painted&quot; by it).</extracomment>
        <translation>service area</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="235"/>
        <source>Retire a record</source>
        <translation>Retire a record</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="237"/>
        <source>Retire “%1”? It will no longer be shown at the counter. Undo it with “Undo last change”, in the change log, or with “Restore a retired record”.</source>
        <translation>Retire “%1”? It will no longer be shown at the counter. Undo it with “Undo last change”, in the change log, or with “Restore a retired record”.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="242"/>
        <source>Why (a note for the change log)</source>
        <translation>Why (a note for the change log)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="243"/>
        <source>why, e.g. stopped in 2025 (optional)</source>
        <translation>why, e.g. stopped in 2025 (optional)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="244"/>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="246"/>
        <source>&amp;Retire</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="246"/>
        <source>Retire the record</source>
        <translation>Retire the record</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="248"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="248"/>
        <source>Keep the record</source>
        <translation>Keep the record</translation>
    </message>
</context>
<context>
    <name>Round</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="46"/>
        <source>by phone</source>
        <extracomment>The distances the region can be widened to, in km (0: the home municipality only).</extracomment>
        <translation>by phone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="47"/>
        <source>a visit</source>
        <translation>a visit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="48"/>
        <source>the web page</source>
        <translation>the web page</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="49"/>
        <source>by e-mail</source>
        <translation>by e-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="57"/>
        <source>still right</source>
        <translation>still right</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="58"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="59"/>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="60"/>
        <source>not a problem</source>
        <translation>not a problem</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="68"/>
        <source>the whole catalogue</source>
        <translation>the whole catalogue</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="72"/>
        <source>%1 and %n municipalities within %2 km</source>
        <translation>%1 and %n municipalities within %2 km</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="84"/>
        <source>%1 only</source>
        <translation>%1 only</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="86"/>
        <source>%1 and within %2 km</source>
        <translation>%1 and within %2 km</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="133"/>
        <source>Check round</source>
        <translation>Check round</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="136"/>
        <source>Records a counter flagged come first, then those never checked, then the oldest. Call or look them up, then say what you found: each answer is logged with who checked and how, and can be undone.</source>
        <translation>Records a counter flagged come first, then those never checked, then the oldest. Call or look them up, then say what you found: each answer is logged with who checked and how, and can be undone.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="142"/>
        <source>Which records: the region</source>
        <translation>Which records: the region</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="149"/>
        <source>The whole catalogue</source>
        <translation>The whole catalogue</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="150"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="155"/>
        <source>The round began on</source>
        <translation>The round began on</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="165"/>
        <source>Round be&amp;gan:</source>
        <translation>Round be&amp;gan:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="174"/>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="176"/>
        <source>Progress of the round</source>
        <translation>Progress of the round</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="180"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="180"/>
        <source>Last checked</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="180"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="181"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="181"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="182"/>
        <source>Reported at a counter</source>
        <translation>Reported at a counter</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="182"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="185"/>
        <source>Records of the round</source>
        <translation>Records of the round</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="199"/>
        <source>How it was checked</source>
        <translation>How it was checked</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="200"/>
        <source>Checked ho&amp;w:</source>
        <translation>Checked ho&amp;w:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="205"/>
        <source>Checked by (empty: the name of this counter)</source>
        <translation>Checked by (empty: the name of this counter)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="206"/>
        <source>Checked &amp;by:</source>
        <translation>Checked &amp;by:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="214"/>
        <source>&amp;Still right</source>
        <translation>&amp;Still right</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="215"/>
        <source>The selected record is still right: checked today</source>
        <translation>The selected record is still right: checked today</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="217"/>
        <source>C&amp;hanged…</source>
        <translation>C&amp;hanged…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="218"/>
        <source>Correct the selected record: it is saved as checked today</source>
        <translation>Correct the selected record: it is saved as checked today</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="220"/>
        <source>&amp;Ended…</source>
        <translation>&amp;Ended…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="221"/>
        <source>The selected offer has ended: retire it</source>
        <translation>The selected offer has ended: retire it</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="223"/>
        <source>&amp;Not a problem</source>
        <translation>&amp;Not a problem</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="224"/>
        <source>Close the counters&apos; flags of the selected record without a check</source>
        <translation>Close the counters&apos; flags of the selected record without a check</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="226"/>
        <source>&amp;Print call list…</source>
        <translation>&amp;Print call list…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="227"/>
        <source>Save the records still to check as a call list (PDF)</source>
        <translation>Save the records still to check as a call list (PDF)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="229"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="229"/>
        <source>Close the check round</source>
        <translation>Close the check round</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="240"/>
        <source>About the selected record</source>
        <translation>About the selected record</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="279"/>
        <source>Reading the check round…</source>
        <translation>Reading the check round…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="289"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="290"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="291"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="291"/>
        <source>shipped</source>
        <translation>shipped</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="305"/>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="471"/>
        <source>%1 of %n checked</source>
        <translation>
            <numerusform>%1 of %n checked</numerusform>
            <numerusform>%1 of %n checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="309"/>
        <source>%n record(s) to check</source>
        <translation>
            <numerusform>%n record to check</numerusform>
            <numerusform>%n records to check</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="324"/>
        <source>%1 on %2: %3, checked by %4</source>
        <translation>%1 on %2: %3, checked by %4</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="359"/>
        <source>(“Undo last change” or the change log takes it back.)</source>
        <translation>(“Undo last change” or the change log takes it back.)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="361"/>
        <source>Reported at a counter: %1</source>
        <translation>Reported at a counter: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="388"/>
        <source>Still right</source>
        <translation>Still right</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="389"/>
        <source>“%1”: still right, checked today.</source>
        <translation>“%1”: still right, checked today.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="416"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="416"/>
        <source>This record is retired or does not exist.</source>
        <translation>This record is retired or does not exist.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="440"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="441"/>
        <source>“%1” has ended: it is retired. “Undo last change” brings it back.</source>
        <translation>“%1” has ended: it is retired. “Undo last change” brings it back.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="450"/>
        <source>Not a problem</source>
        <translation>Not a problem</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="451"/>
        <source>“%1”: the counters&apos; flags are closed.</source>
        <translation>“%1”: the counters&apos; flags are closed.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="461"/>
        <source>Save the call list</source>
        <translation>Save the call list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="487"/>
        <source>Saved the call list %1: %n record(s)</source>
        <translation>
            <numerusform>Saved the call list %1: %n record</numerusform>
            <numerusform>Saved the call list %1: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="488"/>
        <source>(%n page(s)).</source>
        <translation>
            <numerusform>(%n page).</numerusform>
            <numerusform>(%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="493"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="493"/>
        <source>The call list was not saved.</source>
        <translation>The call list was not saved.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="500"/>
        <source>Writing the call list…</source>
        <translation>Writing the call list…</translation>
    </message>
</context>
<context>
    <name>SiteNotice</name>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="82"/>
        <source>it should be between 0 and 300 km</source>
        <translation>it should be between 0 and 300 km</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="84"/>
        <source>unknown community days %1 (known: %2)</source>
        <translation>unknown community days %1 (known: %2)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="87"/>
        <source>unknown client language codes %1 (known: %2)</source>
        <translation>unknown client language codes %1 (known: %2)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="90"/>
        <source>the file %1 is not there, so the handout has no logo</source>
        <translation>the file %1 is not there, so the handout has no logo</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="98"/>
        <source>%1: the site file does not exist; the defaults are used.</source>
        <translation>%1: the site file does not exist; the defaults are used.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="101"/>
        <source>%1 is not UTF-8 text; the defaults are used.</source>
        <translation>%1 is not UTF-8 text; the defaults are used.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="103"/>
        <source>%1 cannot be read as TOML (%2); the defaults are used.</source>
        <translation>%1 cannot be read as TOML (%2); the defaults are used.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="106"/>
        <source>%1: a value is nested too deeply to read; the defaults are used.</source>
        <translation>%1: a value is nested too deeply to read; the defaults are used.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="109"/>
        <source>%1 cannot be read (%2); the defaults are used.</source>
        <translation>%1 cannot be read (%2); the defaults are used.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="112"/>
        <source>%1: “%2” should be a [section]; it is ignored.</source>
        <translation>%1: “%2” should be a [section]; it is ignored.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="115"/>
        <source>%1: there is no setting “%2”; it is ignored.</source>
        <translation>%1: there is no setting “%2”; it is ignored.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="118"/>
        <source>%1: “%2” should be %3; the default (%4) is used.</source>
        <translation>%1: “%2” should be %3; the default (%4) is used.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="122"/>
        <source>%1: “%2”: %3; that key is left out.</source>
        <translation>%1: “%2”: %3; that key is left out.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="125"/>
        <source>%1: “%2”: %3; the default (%4) is used.</source>
        <translation>%1: “%2”: %3; the default (%4) is used.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="132"/>
        <source>text in quotes</source>
        <translation>text in quotes</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="133"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="134"/>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="135"/>
        <source>a list of texts in quotes, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>a list of texts in quotes, e.g. [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="136"/>
        <source>a file name in quotes, relative to the site file</source>
        <translation>a file name in quotes, relative to the site file</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="137"/>
        <source>a folder name in quotes, relative to the site file</source>
        <translation>a folder name in quotes, relative to the site file</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="138"/>
        <source>a list of public keys in quotes</source>
        <translation>a list of public keys in quotes</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <location filename="../../einclusie_app/gui/speech.py" line="265"/>
        <source>Reading aloud is not available on this PC.</source>
        <translation>Reading aloud is not available on this PC.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/speech.py" line="267"/>
        <source>This PC has no voice for %1.</source>
        <translation>This PC has no voice for %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/speech.py" line="260"/>
        <source>Checking the voice of this PC…</source>
        <extracomment>How long the speech service may take to greet us before it counts as not answering. Client language code → QLocale language of the voice (plain Dutch uses a Dutch voice). Engines that go through a local speech service that can hang (and that logs).</extracomment>
        <translation>Checking the voice of this PC…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/speech.py" line="263"/>
        <source>Reading aloud is off on this PC (its speech service keeps a log).</source>
        <translation>Reading aloud is off on this PC (its speech service keeps a log).</translation>
    </message>
</context>
<context>
    <name>StoreWatch</name>
    <message>
        <location filename="../../einclusie_app/gui/store_watch.py" line="62"/>
        <source>Local store busy: trying again…</source>
        <extracomment>Milliseconds between two tries. How many tries found the store still busy.</extracomment>
        <translation>Local store busy: trying again…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/store_watch.py" line="74"/>
        <source>The local store is free again: this municipality&apos;s own records are shown.</source>
        <translation>The local store is free again: this municipality&apos;s own records are shown.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/store_watch.py" line="125"/>
        <source>Local store damaged</source>
        <translation>Local store damaged</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/store_watch.py" line="126"/>
        <source>Catalogue update not used</source>
        <translation>Catalogue update not used</translation>
    </message>
</context>
<context>
    <name>_Flagger</name>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="74"/>
        <source>This is not &amp;right…</source>
        <translation>This is not &amp;right…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="76"/>
        <location filename="../../einclusie_app/gui/flag.py" line="117"/>
        <source>Say what is wrong with the selected record (for the maintainer)</source>
        <translation>Say what is wrong with the selected record (for the maintainer)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="106"/>
        <source>The catalogue is still loading.</source>
        <translation>The catalogue is still loading.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="108"/>
        <source>Not available: no local store is open here, so nothing can be noted (see the status bar).</source>
        <translation>Not available: no local store is open here, so nothing can be noted (see the status bar).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="111"/>
        <source>Choose a result first.</source>
        <translation>Choose a result first.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="141"/>
        <source>Thank you: “%1” is noted as not right (%2). The maintainer will check it; until then staff see it in the details.</source>
        <translation>Thank you: “%1” is noted as not right (%2). The maintainer will check it; until then staff see it in the details.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="156"/>
        <location filename="../../einclusie_app/gui/flag.py" line="177"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="167"/>
        <source>The flag is withdrawn.</source>
        <translation>The flag is withdrawn.</translation>
    </message>
</context>
</TS>
