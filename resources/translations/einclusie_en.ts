<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="14" />
        <source>About E-inclusie Wegwijzer</source>
        <translation>About E-inclusie Wegwijzer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="18" />
        <source>About and credits</source>
        <translation>About and credits</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="21" />
        <source>E-inclusie Wegwijzer %1 — finds digital help for a client, offline.</source>
        <translation>E-inclusie Wegwijzer %1 — finds digital help for a client, offline.</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="38" />
        <source>Hours unknown</source>
        <extracomment>A status older than this is computed again (the clock moves).</extracomment>
        <translation>Hours unknown</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="40" />
        <source>Call now</source>
        <translation>Call now</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="40" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="42" />
        <source>Closes in %1 min</source>
        <translation>Closes in %1 min</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="44" />
        <source>Call until %1</source>
        <translation>Call until %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="44" />
        <source>Open until %1</source>
        <translation>Open until %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="47" />
        <source>Call from %1</source>
        <translation>Call from %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="47" />
        <source>Opens %1</source>
        <translation>Opens %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="50" />
        <source>Closed today (holiday)</source>
        <translation>Closed today (holiday)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="54" />
        <source>Closed · %1 %2</source>
        <translation>Closed · %1 %2</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="56" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>BasketPanel</name>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="29" />
        <source>For this client</source>
        <translation>For this client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="31" />
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="32" />
        <source>Move up in the basket</source>
        <translation>Move up in the basket</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="33" />
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="34" />
        <source>Move down in the basket</source>
        <translation>Move down in the basket</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="35" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="36" />
        <source>Remove from the basket</source>
        <translation>Remove from the basket</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="37" />
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="38" />
        <source>Print the page for the client</source>
        <translation>Print the page for the client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="39" />
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="40" />
        <source>Save the page for the client as PDF</source>
        <translation>Save the page for the client as PDF</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="94" />
        <source>For this client: %1 of %2</source>
        <translation>For this client: %1 of %2</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="157" />
        <source>Choose the client's language</source>
        <extracomment>Client languages the site wants first in the picker.</extracomment>
        <translation>Choose the client's language</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="161" />
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="162" />
        <source>Make the client's text smaller</source>
        <translation>Make the client's text smaller</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="165" />
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="166" />
        <source>Make the client's text larger</source>
        <translation>Make the client's text larger</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="169" />
        <location filename="../../einclusie_app/gui/client_view.py" line="170" />
        <location filename="../../einclusie_app/gui/client_view.py" line="229" />
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="172" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="173" />
        <source>Back to the details</source>
        <translation>Back to the details</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="176" />
        <source>Read aloud status</source>
        <translation>Read aloud status</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="229" />
        <source>No voice</source>
        <translation>No voice</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="234" />
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
</context>
<context>
    <name>ClientScreen</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="243" />
        <source>E-inclusie Wegwijzer — for the client</source>
        <translation>E-inclusie Wegwijzer — for the client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="244" />
        <source>Client screen</source>
        <translation>Client screen</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="107" />
        <source>Client view</source>
        <translation>Client view</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="24" />
        <source>Details of the selected help</source>
        <translation>Details of the selected help</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="28" />
        <source>Choose a result to see everything about it.</source>
        <translation>Choose a result to see everything about it.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="38" />
        <location filename="../../einclusie_app/gui/detail.py" line="122" />
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="44" />
        <source>Warning:</source>
        <translation>Warning:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="46" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="49" />
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="51" />
        <source>Last checked %1 — more than 12 months ago or unknown. Call first.</source>
        <translation>Last checked %1 — more than 12 months ago or unknown. Call first.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="68" />
        <source>address not known — in %1</source>
        <translation>address not known — in %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="71" />
        <source>serves: %1</source>
        <translation>serves: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="73" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="76" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="77" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="78" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="79" />
        <source>Hours (as the source gave them)</source>
        <translation>Hours (as the source gave them)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="80" />
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="81" />
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="82" />
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="83" />
        <source>How to get in</source>
        <translation>How to get in</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="85" />
        <source>What to bring</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="87" />
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="88" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="91" />
        <source>(old)</source>
        <translation>(old)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="92" />
        <source>Last checked</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="95" />
        <source>undated</source>
        <translation>undated</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="97" />
        <source>partly inferred</source>
        <translation>partly inferred</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="101" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="106" />
        <source>Record id: %1</source>
        <translation>Record id: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="115" />
        <source>Opening hours not known as a weekly schedule: call first.</source>
        <translation>Opening hours not known as a weekly schedule: call first.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="120" />
        <source>closed (%1)</source>
        <translation>closed (%1)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="124" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="128" />
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="135" />
        <source>Closed on: %1</source>
        <translation>Closed on: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="14" />
        <source>Help point</source>
        <translation>Help point</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="15" />
        <source>Device loan</source>
        <translation>Device loan</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="16" />
        <source>Helpline</source>
        <translation>Helpline</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="17" />
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="23" />
        <source>walk in</source>
        <translation>walk in</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="24" />
        <source>by appointment</source>
        <translation>by appointment</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="25" />
        <source>only via a social worker or organisation</source>
        <translation>only via a social worker or organisation</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="26" />
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="27" />
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="28" />
        <source>home visit</source>
        <translation>home visit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="34" />
        <source>identity card (eID)</source>
        <translation>identity card (eID)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="35" />
        <source>PIN code of the identity card</source>
        <translation>PIN code of the identity card</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="36" />
        <source>own smartphone</source>
        <translation>own smartphone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="37" />
        <source>own laptop or tablet</source>
        <translation>own laptop or tablet</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="38" />
        <source>bank card and card reader</source>
        <translation>bank card and card reader</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="39" />
        <source>the letter or e-mail received</source>
        <translation>the letter or e-mail received</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="40" />
        <source>login details (itsme, passwords)</source>
        <translation>login details (itsme, passwords)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="41" />
        <source>proof of income</source>
        <translation>proof of income</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="42" />
        <source>letter from the social worker</source>
        <translation>letter from the social worker</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="48" />
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="49" />
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="50" />
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="51" />
        <source>temporarily closed</source>
        <translation>temporarily closed</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="56" />
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="56" />
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="56" />
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="57" />
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="57" />
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="57" />
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="58" />
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="62" />
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="62" />
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="62" />
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="63" />
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="63" />
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="63" />
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="64" />
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="38" />
        <location filename="../../einclusie_app/gui/client_view.py" line="41" />
        <source>I speak…</source>
        <translation>I speak…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="57" />
        <source>E-inclusie Wegwijzer</source>
        <extracomment>Languages offered in the language filter (codes the catalogue uses). The staff chose another interface language (the host builds the window again).</extracomment>
        <translation>E-inclusie Wegwijzer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="65" />
        <source>What does the client need? e.g. itsme, laptop lenen, kaart kwijt</source>
        <translation>What does the client need? e.g. itsme, laptop lenen, kaart kwijt</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="66" />
        <source>Search words</source>
        <translation>Search words</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="70" />
        <source>Postcode or place</source>
        <translation>Postcode or place</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="71" />
        <source>Place: postcode, municipality or district</source>
        <translation>Place: postcode, municipality or district</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="80" />
        <source>Distance around the place</source>
        <translation>Distance around the place</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="82" />
        <source>within %1 km</source>
        <translation>within %1 km</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="94" />
        <source>Only %1</source>
        <translation>Only %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="95" />
        <source>Show only this kind of help (several can be on)</source>
        <translation>Show only this kind of help (several can be on)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="100" />
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="101" />
        <source>Only free of charge</source>
        <translation>Only free of charge</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="103" />
        <source>Language the help is given in</source>
        <translation>Language the help is given in</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="104" />
        <source>Any language</source>
        <translation>Any language</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="108" />
        <source>How the client gets in</source>
        <translation>How the client gets in</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="109" />
        <source>Any way in</source>
        <translation>Any way in</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="117" />
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="118" />
        <source>Only what is open or can be called now</source>
        <translation>Only what is open or can be called now</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="119" />
        <source>Open at:</source>
        <translation>Open at:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="120" />
        <source>Only what is open at a chosen day and time</source>
        <translation>Only what is open at a chosen day and time</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="122" />
        <source>Day and time to check</source>
        <translation>Day and time to check</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="127" />
        <source>Open first</source>
        <translation>Open first</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="128" />
        <source>Show what is open first</source>
        <translation>Show what is open first</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="139" />
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="167" />
        <source>Loading the catalogue…</source>
        <translation>Loading the catalogue…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="168" />
        <source>Search status</source>
        <translation>Search status</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="227" />
        <source>&amp;File</source>
        <extracomment>The counter's name for the handout, from the site settings.</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="228" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="232" />
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="233" />
        <source>&amp;New client</source>
        <translation>&amp;New client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="237" />
        <source>&amp;Add to the basket (for this client)</source>
        <translation>&amp;Add to the basket (for this client)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="241" />
        <source>&amp;Print the page for the client…</source>
        <translation>&amp;Print the page for the client…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="245" />
        <source>Save the page as P&amp;DF…</source>
        <translation>Save the page as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="249" />
        <source>&amp;Show to the client…</source>
        <translation>&amp;Show to the client…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="253" />
        <source>Client's &amp;language…</source>
        <translation>Client's &amp;language…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="257" />
        <source>Client &amp;screen (second monitor)</source>
        <translation>Client &amp;screen (second monitor)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="261" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="262" />
        <source>Interface &amp;language</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="270" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="271" />
        <source>&amp;About E-inclusie Wegwijzer</source>
        <translation>&amp;About E-inclusie Wegwijzer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="296" />
        <source>The catalogue could not be opened: %1</source>
        <translation>The catalogue could not be opened: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="315" />
        <source>Site settings: %1</source>
        <translation>Site settings: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/main_window.py" line="425" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="426" />
        <source>No help found. Try fewer words, another place or a larger distance.</source>
        <translation>No help found. Try fewer words, another place or a larger distance.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="443" />
        <source>Place: %1 (did you mean this?)</source>
        <translation>Place: %1 (did you mean this?)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="444" />
        <source>Near %1</source>
        <translation>Near %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="446" />
        <source>Which place? %1</source>
        <translation>Which place? %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="449" />
        <source>Place not known. Closest: %1</source>
        <translation>Place not known. Closest: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="451" />
        <source>Place not known.</source>
        <translation>Place not known.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="482" />
        <location filename="../../einclusie_app/gui/main_window.py" line="540" />
        <source>Choose a result first.</source>
        <translation>Choose a result first.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="532" />
        <source>Already in the basket, or the basket is full.</source>
        <translation>Already in the basket, or the basket is full.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="571" />
        <source>Save the page for the client</source>
        <translation>Save the page for the client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="577" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/main_window.py" line="579" />
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="595" />
        <source>New client: everything of the last client is gone.</source>
        <translation>New client: everything of the last client is gone.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="102" />
        <source>Name</source>
        <extracomment>``opening_of(service_id, when) -&gt; core.opening.Opening``; None shows no status.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="102" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="102" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="102" />
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="103" />
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="143" />
        <source>The street address is not known: only the place %1.</source>
        <translation>The street address is not known: only the place %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="146" />
        <source>Approximate: measured to the postcode or municipality, not to the door.</source>
        <translation>Approximate: measured to the postcode or municipality, not to the door.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="158" />
        <source>serves %1</source>
        <translation>serves %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="161" />
        <source>%1 (no street)</source>
        <translation>%1 (no street)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="165" />
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="167" />
        <source>phone / area</source>
        <translation>phone / area</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <location filename="../../einclusie_app/gui/speech.py" line="85" />
        <source>Reading aloud is not available on this PC.</source>
        <extracomment>Client language code → QLocale language of the voice (plain Dutch uses a Dutch voice).</extracomment>
        <translation>Reading aloud is not available on this PC.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/speech.py" line="87" />
        <source>This PC has no voice for %1.</source>
        <translation>This PC has no voice for %1.</translation>
    </message>
</context>
</TS>