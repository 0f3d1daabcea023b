<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="30"/>
        <source>About E-inclusie Wegwijzer</source>
        <extracomment>Credit lines as the licences require them: never translated.</extracomment>
        <translation>À propos d&apos;E-inclusie Wegwijzer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="34"/>
        <source>About and credits</source>
        <translation>À propos et crédits</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="48"/>
        <source>E-inclusie Wegwijzer %1 — finds digital help for a client, offline.</source>
        <translation>E-inclusie Wegwijzer %1 — trouve de l&apos;aide numérique pour un client, hors ligne.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="50"/>
        <source>The window never opens a network connection, and nothing about a client (words searched, language, basket) is written to disk.</source>
        <translation>La fenêtre n&apos;ouvre jamais de connexion réseau, et rien sur un client (mots cherchés, langue, panier) n&apos;est écrit sur le disque.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="52"/>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="53"/>
        <source>The catalogue</source>
        <translation>Le catalogue</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="54"/>
        <source>Facts about help points, device loans, helplines and courses were read on the public pages named in each record (shown with every record, with the date it was last checked). The summaries are written in our own words.</source>
        <translation>Les informations sur les points d&apos;aide, les prêts d&apos;appareils, les lignes d&apos;aide et les cours ont été lues sur les pages publiques citées dans chaque fiche (avec la date de la dernière vérification). Les résumés sont rédigés avec nos propres mots.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="57"/>
        <source>Places: postcodes, municipalities and districts</source>
        <translation>Lieux : codes postaux, communes et sections</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="59"/>
        <source>The coordinates of a postcode or municipality are a representative point, not a centre; distances measured to them are approximate.</source>
        <translation>Les coordonnées d&apos;un code postal ou d&apos;une commune sont un point représentatif, pas un centre ; les distances mesurées jusqu&apos;à ce point sont approximatives.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="61"/>
        <source>Pictograms</source>
        <translation>Pictogrammes</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="63"/>
        <source>Fonts</source>
        <translation>Polices</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="64"/>
        <source>bundled so that every client language shows and prints on any PC.</source>
        <translation>fournies pour que chaque langue du client s&apos;affiche et s&apos;imprime sur tout PC.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="66"/>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="67"/>
        <source>Belgian legal holidays: %1; school holidays from the Communities&apos; published calendars.</source>
        <translation>Jours fériés légaux belges : %1 ; vacances scolaires d&apos;après les calendriers publiés par les Communautés.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="69"/>
        <source>Standard</source>
        <translation>Norme</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="52"/>
        <source>Hours unknown</source>
        <extracomment>What the search did for a row (&quot;without activeren&quot;), drawn beside the name; &quot;&quot; for none. A status older than this is computed again (the clock moves).</extracomment>
        <translation>Horaires inconnus</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="54"/>
        <source>Call now</source>
        <translation>Appelez maintenant</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="54"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="56"/>
        <source>Closes in %1 min</source>
        <translation>Ferme dans %1 min</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="58"/>
        <source>Call until %1</source>
        <translation>Joignable jusqu&apos;à %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="58"/>
        <source>Open until %1</source>
        <translation>Ouvert jusqu&apos;à %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="61"/>
        <source>Call from %1</source>
        <translation>Joignable dès %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="61"/>
        <source>Opens %1</source>
        <translation>Ouvre à %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="64"/>
        <source>Closed today (holiday)</source>
        <translation>Fermé aujourd&apos;hui (jour férié)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="68"/>
        <source>Closed · %1 %2</source>
        <translation>Fermé · %1 %2</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="70"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
</context>
<context>
    <name>BasketPanel</name>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="33"/>
        <source>For this client</source>
        <extracomment>Records that fit on a handout (two pages); core.handout.MAX_RECORDS, kept equal by a test.</extracomment>
        <translation>Pour ce client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="39"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="40"/>
        <source>Move up in the basket</source>
        <translation>Monter dans le panier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="41"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="42"/>
        <source>Move down in the basket</source>
        <translation>Descendre dans le panier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="43"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="44"/>
        <source>Remove from the basket</source>
        <translation>Retirer du panier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="45"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="46"/>
        <source>Print the page for the client</source>
        <translation>Imprimer la page pour le client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="47"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="48"/>
        <source>Save the page for the client as PDF</source>
        <translation>Enregistrer la page pour le client en PDF</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="136"/>
        <source>For this client: %1 of %2</source>
        <extracomment>How many records fit on the page(s) for the client.</extracomment>
        <translation>Pour ce client : %1 sur %2</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="79"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="80"/>
        <source>serves: %1</source>
        <translation>dessert : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="81"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="82"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="83"/>
        <source>Hours as the source gave them</source>
        <translation>Heures selon la source</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="84"/>
        <source>How to get in</source>
        <translation>Comment entrer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="85"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="86"/>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="87"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="88"/>
        <source>No phone number known.</source>
        <translation>Aucun numéro de téléphone connu.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="89"/>
        <source>E-mail: %1</source>
        <translation>E-mail : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="90"/>
        <source>Website: %1</source>
        <translation>Site web : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="91"/>
        <source>Reported at a counter: %1</source>
        <translation>Signalé à un guichet : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="92"/>
        <source>still right</source>
        <translation>toujours correct</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="93"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="94"/>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="95"/>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="96"/>
        <source>How:</source>
        <translation>Comment :</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="97"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="98"/>
        <source>visit</source>
        <translation>visite</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="99"/>
        <source>web page</source>
        <translation>page web</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="100"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="101"/>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="102"/>
        <source>Check round: call list</source>
        <translation>Tournée de vérification : liste d&apos;appels</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="103"/>
        <source>the whole catalogue</source>
        <translation>tout le catalogue</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="104"/>
        <source>printed %1</source>
        <translation>imprimé le %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="105"/>
        <source>Call each number, check what the catalogue says, tick one box and write the date; then enter it in the check round of the Wegwijzer (Maintainer menu). Write nothing about clients.</source>
        <translation>Appelez chaque numéro, vérifiez ce que dit le catalogue, cochez une case et notez la date ; encodez-le ensuite dans la tournée de vérification du Wegwijzer (menu Gestion). N&apos;écrivez rien sur les clients.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/render/calllist.py" line="109"/>
        <source>Nothing to check.</source>
        <translation>Rien à vérifier.</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="71"/>
        <source>flagged at a counter: %1</source>
        <translation>signalé à un guichet : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="74"/>
        <source>flags closed (not a problem)</source>
        <translation>signalements fermés (pas un problème)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="77"/>
        <source>checked: %1</source>
        <translation>vérifié : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="79"/>
        <source>undo</source>
        <translation>annulation</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="86"/>
        <source>Undoes change %1.</source>
        <translation>Annule la modification %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="102"/>
        <source>%1 on %2: %3, checked by %4</source>
        <translation>%1 le %2 : %3, vérifié par %4</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="107"/>
        <source>Takes back: %1</source>
        <translation>Reprend : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="111"/>
        <source>The counter wrote: “%1”</source>
        <translation>Le guichet a écrit : « %1 »</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="118"/>
        <source>Flags opened again: %1</source>
        <translation>Signalements rouverts : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="120"/>
        <source>Flags closed: %1</source>
        <translation>Signalements fermés : %1</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="133"/>
        <source>Change log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="136"/>
        <source>Every change made here, newest first: when, at which counter, which record, and each field&apos;s old and new value. An undo is logged too, so it can be undone in turn.</source>
        <translation>Toutes les modifications faites ici, les plus récentes d&apos;abord&#xa0;: quand, à quel guichet, quelle fiche, et l&apos;ancienne et la nouvelle valeur de chaque champ. Une annulation est aussi enregistrée, et peut donc à son tour être annulée.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="140"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="140"/>
        <source>Counter</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="140"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="141"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="141"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="144"/>
        <source>Changes, newest first</source>
        <translation>Modifications, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="152"/>
        <source>Details of the selected change</source>
        <translation>Détails de la modification sélectionnée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="154"/>
        <source>&amp;Undo selected change</source>
        <translation>&amp;Annuler la modification sélectionnée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="155"/>
        <source>Undo the selected change</source>
        <translation>Annuler la modification sélectionnée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="156"/>
        <source>Undo the &amp;whole import</source>
        <translation>Annuler &amp;toute l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="157"/>
        <source>Undo every change of the selected import</source>
        <translation>Annuler toutes les modifications de l&apos;importation sélectionnée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="159"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="159"/>
        <source>Close the change log</source>
        <translation>Fermer le journal des modifications</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="181"/>
        <source>%1 (undone)</source>
        <translation>%1 (annulée)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="208"/>
        <source>Change %1 on %2 at counter %3: %4, %5</source>
        <translation>Modification %1 du %2 au guichet %3&#xa0;: %4, %5</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="213"/>
        <source>Undone by change %1.</source>
        <translation>Annulée par la modification %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="215"/>
        <source>This undid change %1.</source>
        <translation>Celle-ci a annulé la modification %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="217"/>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="219"/>
        <source>Choose the client&apos;s language</source>
        <extracomment>Client languages the site wants first in the picker.</extracomment>
        <translation>Choisir la langue du client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="223"/>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="224"/>
        <source>Make the client&apos;s text smaller</source>
        <translation>Réduire le texte affiché pour le client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="227"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="228"/>
        <source>Make the client&apos;s text larger</source>
        <translation>Agrandir le texte affiché pour le client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="231"/>
        <location filename="../../einclusie_app/gui/client_view.py" line="232"/>
        <location filename="../../einclusie_app/gui/client_view.py" line="312"/>
        <location filename="../../einclusie_app/gui/client_view.py" line="330"/>
        <source>Read aloud</source>
        <translation>Lire à voix haute</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="245"/>
        <source>Back</source>
        <extracomment>The record shown (a catalogue ServiceView), for the phone card.</extracomment>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="246"/>
        <source>Back to the details</source>
        <translation>Retour aux détails</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="249"/>
        <source>Read aloud status</source>
        <translation>État de la lecture à voix haute</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="330"/>
        <source>No voice</source>
        <translation>Pas de voix</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="363"/>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="234"/>
        <source>On your phone</source>
        <translation>Sur votre téléphone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="236"/>
        <source>Show a code the client scans to keep this help on their phone</source>
        <translation>Afficher un code que le client scanne pour garder cette aide sur son téléphone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="238"/>
        <source>A large code: the client&apos;s phone camera saves the name, phone, address and website as a contact</source>
        <translation>Un grand code : l&apos;appareil photo du téléphone du client enregistre le nom, le téléphone, l&apos;adresse et le site comme contact</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="312"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="317"/>
        <source>Reading aloud failed.</source>
        <translation>La lecture à voix haute a échoué.</translation>
    </message>
</context>
<context>
    <name>ClientScreen</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="372"/>
        <source>E-inclusie Wegwijzer — for the client</source>
        <translation>E-inclusie Wegwijzer — pour le client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="373"/>
        <source>Client screen</source>
        <translation>Écran client</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="135"/>
        <source>Client view</source>
        <extracomment>Arrow keys move through the grid as it is drawn (row, column).</extracomment>
        <translation>Vue client</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="29"/>
        <source>Conflicts after an update</source>
        <translation>Conflits après une mise à jour</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="32"/>
        <source>These records were corrected here, and the update changed them too. The version made here keeps showing until you choose.</source>
        <translation>Ces fiches ont été corrigées ici, et la mise à jour les a aussi modifiées. La version faite ici reste affichée jusqu&apos;à ce que vous choisissiez.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="36"/>
        <source>Records in conflict</source>
        <translation>Fiches en conflit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="42"/>
        <source>The versions, field by field</source>
        <translation>Les versions, champ par champ</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="44"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="44"/>
        <source>Here (local)</source>
        <translation>Ici (local)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="44"/>
        <source>Before the update</source>
        <translation>Avant la mise à jour</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="45"/>
        <source>In the update</source>
        <translation>Dans la mise à jour</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="45"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="45"/>
        <source>Keep which?</source>
        <translation>Laquelle garder&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="57"/>
        <source>&amp;Keep ours</source>
        <translation>&amp;Garder la nôtre</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="58"/>
        <source>Keep the version made here</source>
        <translation>Garder la version faite ici</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="59"/>
        <source>&amp;Take the update&apos;s</source>
        <translation>&amp;Prendre celle de la mise à jour</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="60"/>
        <source>Take the version in the update</source>
        <translation>Prendre la version de la mise à jour</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="61"/>
        <source>&amp;Merge field by field</source>
        <translation>&amp;Fusionner champ par champ</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="62"/>
        <source>Merge: each field as chosen</source>
        <translation>Fusionner&#xa0;: chaque champ selon votre choix</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="63"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="63"/>
        <source>Close the conflicts</source>
        <translation>Fermer les conflits</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="101"/>
        <source>Finding conflicts</source>
        <translation>Recherche des conflits</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="118"/>
        <source>%n record(s) to settle.</source>
        <translation>
            <numerusform>%n fiche à régler.</numerusform>
            <numerusform>%n fiches à régler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="120"/>
        <source>No conflicts: every local record agrees with the catalogue in use.</source>
        <translation>Aucun conflit&#xa0;: chaque fiche locale concorde avec le catalogue utilisé.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="131"/>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="173"/>
        <source>changed by the update</source>
        <translation>modifié par la mise à jour</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="132"/>
        <source>no longer in the update</source>
        <translation>absent de la mise à jour</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="133"/>
        <source>added here, and now also in the update</source>
        <translation>ajouté ici, et désormais aussi dans la mise à jour</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="146"/>
        <source>“%1” was changed here; the update changed it too.</source>
        <translation>La fiche «&#xa0;%1&#xa0;» a été modifiée ici&#xa0;; la mise à jour l&apos;a aussi modifiée.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="147"/>
        <source>“%1” was changed here; the update no longer has it. Keeping ours makes it a record of this municipality; taking the update&apos;s removes it.</source>
        <translation>La fiche «&#xa0;%1&#xa0;» a été modifiée ici&#xa0;; la mise à jour ne la contient plus. Garder la nôtre en fait une fiche de cette commune&#xa0;; prendre celle de la mise à jour la supprime.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="150"/>
        <source>“%1” was added here; the update now has a record with the same id.</source>
        <translation>La fiche «&#xa0;%1&#xa0;» a été ajoutée ici&#xa0;; la mise à jour contient maintenant une fiche avec le même identifiant.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="155"/>
        <source>It is retired here: keeping ours keeps it retired.</source>
        <translation>Elle est retirée ici&#xa0;: garder la nôtre la laisse retirée.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="167"/>
        <source>both changed</source>
        <translation>modifié des deux côtés</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="169"/>
        <source>same change on both sides</source>
        <translation>même modification des deux côtés</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="171"/>
        <source>changed here</source>
        <translation>modifié ici</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="177"/>
        <source>(not in the update)</source>
        <translation>(absent de la mise à jour)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="182"/>
        <source>Keep which for %1</source>
        <translation>Version à garder pour %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="183"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="184"/>
        <source>ours (here)</source>
        <translation>la nôtre (ici)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="185"/>
        <source>the update&apos;s</source>
        <translation>celle de la mise à jour</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="202"/>
        <source>The update no longer has this record: keep ours or take the update&apos;s.</source>
        <translation>La mise à jour ne contient plus cette fiche&#xa0;: gardez la nôtre ou prenez celle de la mise à jour.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="205"/>
        <source>Retired here: keep it retired or take the update&apos;s version.</source>
        <translation>Retirée ici&#xa0;: laissez-la retirée ou prenez la version de la mise à jour.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/conflicts.py" line="208"/>
        <source>Choose, for every field marked %1, which version to keep.</source>
        <translation>Choisissez, pour chaque champ marqué %1, la version à garder.</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="28"/>
        <source>Coverage of the region</source>
        <translation>Couverture de la région</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="32"/>
        <source>What the catalogue knows per municipality: offers located there, per kind; offers that serve it (a regional project, a province-wide line); the newest check. Lines for all of Flanders or Belgium are not counted here. Where nothing is known, send the municipality a fill-in pack.</source>
        <translation>Ce que le catalogue connaît par commune : l&apos;offre qui s&apos;y trouve, par type ; l&apos;offre qui la dessert (un projet régional, une ligne pour toute la province) ; la vérification la plus récente. Les lignes pour toute la Flandre ou toute la Belgique ne sont pas comptées ici. Là où rien n&apos;est connu, envoyez un tableau à compléter à la commune.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="38"/>
        <source>Which municipalities</source>
        <translation>Quelles communes</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="47"/>
        <source>All of Flanders and Brussels</source>
        <translation>Toute la Flandre et Bruxelles</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="48"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="54"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="54"/>
        <source>Serving</source>
        <translation>Dessert</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="55"/>
        <source>Newest check</source>
        <translation>Vérification la plus récente</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="55"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="58"/>
        <source>Coverage per municipality</source>
        <translation>Couverture par commune</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="65"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="66"/>
        <source>Make &amp;fill-in pack…</source>
        <translation>&amp;Tableau à compléter…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="67"/>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="139"/>
        <source>Write the fill-in pack of the selected municipality</source>
        <translation>Créer le tableau à compléter de la commune sélectionnée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="69"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="69"/>
        <source>Close the coverage</source>
        <translation>Fermer la couverture</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="96"/>
        <source>Counting the coverage…</source>
        <translation>Calcul de la couverture…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="106"/>
        <source>nothing known</source>
        <translation>rien de connu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="108"/>
        <source>%n may have ended</source>
        <translation>
            <numerusform>%n a peut-être cessé</numerusform>
            <numerusform>%n ont peut-être cessé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="115"/>
        <source>%1 of %n municipalities: nothing known.</source>
        <translation>
            <numerusform>%1 commune sur %n : rien de connu.</numerusform>
            <numerusform>%1 communes sur %n : rien de connu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/coverage_view.py" line="135"/>
        <source>Nothing is known in %1: ask the municipality with a fill-in pack</source>
        <translation>Rien n&apos;est connu à %1 : demandez-le à la commune avec un tableau à compléter</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="41"/>
        <source>Details of the selected help</source>
        <extracomment>``staff_note(record_id)``: HTML for staff only, shown under the name (gui/flag.py sets it: the record&apos;s open flags).</extracomment>
        <translation>Détails de l&apos;aide sélectionnée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="45"/>
        <source>Choose a result to see everything about it.</source>
        <translation>Choisissez un résultat pour en voir tous les détails.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="146"/>
        <location filename="../../einclusie_app/gui/detail.py" line="159"/>
        <location filename="../../einclusie_app/gui/detail.py" line="184"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="69"/>
        <source>Local record: added or corrected by this municipality (not in the shipped catalogue, or different from it).</source>
        <translation>Fiche locale&#xa0;: ajoutée ou corrigée par cette commune (absente du catalogue fourni, ou différente de celui-ci).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="72"/>
        <source>Warning:</source>
        <translation>Attention&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="75"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="78"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="80"/>
        <source>Last checked %1 — more than 12 months ago or unknown. Call first.</source>
        <translation>Dernière vérification&#xa0;: %1 — il y a plus de 12 mois ou date inconnue. Appelez d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="110"/>
        <source>serves: %1</source>
        <translation>zone couverte&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="115"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="128"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="129"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="131"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="126"/>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="127"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="122"/>
        <source>How to get in</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="64"/>
        <source>A partial match: the words %1 are not in this record.</source>
        <translation>Correspondance partielle : les mots %1 ne figurent pas dans cette fiche.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="105"/>
        <source>street not known — in %1</source>
        <translation>rue inconnue — à %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="112"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="112"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="115"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="118"/>
        <source>The source says: %1</source>
        <translation>Selon la source : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="121"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="121"/>
        <source>hours</source>
        <translation>horaires</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="123"/>
        <source>how to get in</source>
        <translation>accès</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="124"/>
        <source>What to bring</source>
        <translation>À apporter</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="125"/>
        <source>what to bring</source>
        <translation>à apporter</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="127"/>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="128"/>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="129"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="132"/>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="133"/>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="133"/>
        <source>for whom</source>
        <translation>pour qui</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="139"/>
        <source>Not known: %1.</source>
        <translation>Inconnu : %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="145"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="148"/>
        <source>(old)</source>
        <translation>(obsolète)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="149"/>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="152"/>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="154"/>
        <source>partly inferred</source>
        <translation>en partie déduit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="158"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="164"/>
        <source>Record id: %1</source>
        <translation>Identifiant de la fiche : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="177"/>
        <source>day and night, every day</source>
        <translation>jour et nuit, tous les jours</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="199"/>
        <source>Also closed on: %1</source>
        <translation>Fermé aussi le : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="182"/>
        <source>closed (%1)</source>
        <translation>fermé (%1)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="186"/>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="190"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="44"/>
        <source>Changed by another counter</source>
        <translation>Modifiée par un autre guichet</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="51"/>
        <source>Both versions, field by field</source>
        <translation>Les deux versions, champ par champ</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="66"/>
        <source>&amp;Save both changes</source>
        <translation>&amp;Enregistrer les deux modifications</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="67"/>
        <source>Save the record with both counters&apos; changes</source>
        <translation>Enregistrer la fiche avec les modifications des deux guichets</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="70"/>
        <source>Save &amp;mine (it shows again)</source>
        <translation>Enregistrer la &amp;mienne (elle réapparaît)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="71"/>
        <source>Save my version of the record</source>
        <translation>Enregistrer ma version de la fiche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="72"/>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="160"/>
        <source>&amp;Keep theirs, drop my changes</source>
        <translation>&amp;Garder la leur, abandonner mes modifications</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="73"/>
        <source>Keep the version the other counter saved</source>
        <translation>Garder la version enregistrée par l&apos;autre guichet</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="75"/>
        <source>&amp;Back to the editor</source>
        <translation>&amp;Retour à l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="76"/>
        <source>Back to the editor; nothing is saved</source>
        <translation>Retour à l&apos;éditeur&#xa0;; rien n&apos;est enregistré</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="98"/>
        <source>another counter</source>
        <translation>un autre guichet</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="107"/>
        <source>%1 retired “%2” at %3, after you opened it.</source>
        <translation>%1 a retiré «&#xa0;%2&#xa0;» à %3, après que vous l&apos;avez ouverte.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="109"/>
        <source>%1 removed “%2” at %3, after you opened it.</source>
        <translation>%1 a supprimé «&#xa0;%2&#xa0;» à %3, après que vous l&apos;avez ouverte.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="111"/>
        <source>Your changes are not saved yet. Leave it so, or save your version: the record then shows again.</source>
        <translation>Vos modifications ne sont pas encore enregistrées. Laissez-la ainsi, ou enregistrez votre version&#xa0;: la fiche réapparaît alors.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="114"/>
        <source>%1 saved “%2” at %3, after you opened it. Your changes are not saved yet.</source>
        <translation>%1 a enregistré «&#xa0;%2&#xa0;» à %3, après que vous l&apos;avez ouverte. Vos modifications ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="117"/>
        <source>Below: every field either of you changed. A field only one of you changed keeps that change; for a field marked %1 both of you changed, choose which to keep.</source>
        <translation>Ci-dessous&#xa0;: chaque champ modifié par l&apos;un de vous. Un champ modifié par un seul garde cette modification&#xa0;; pour un champ marqué %1 que vous avez modifié tous les deux, choisissez laquelle garder.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="123"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="123"/>
        <source>When you opened it</source>
        <translation>À l&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="123"/>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="124"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="124"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="131"/>
        <source>changed by you</source>
        <translation>modifié par vous</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="132"/>
        <source>(retired)</source>
        <translation>(retirée)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="133"/>
        <source>(removed)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="136"/>
        <source>both changed</source>
        <translation>modifié des deux côtés</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="137"/>
        <source>same change by both</source>
        <translation>même modification des deux côtés</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="138"/>
        <source>changed by them: kept</source>
        <translation>modifié par l&apos;autre&#xa0;: gardé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="139"/>
        <source>changed by you: kept</source>
        <translation>modifié par vous&#xa0;: gardé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="146"/>
        <source>Keep which for %1</source>
        <translation>Version à garder pour %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="148"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="149"/>
        <source>theirs</source>
        <translation>la leur</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="150"/>
        <source>mine</source>
        <translation>la mienne</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="159"/>
        <source>&amp;Leave it so, drop my changes</source>
        <translation>&amp;Laisser ainsi, abandonner mes modifications</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="175"/>
        <source>Choose theirs or mine for %n field(s) both of you changed.</source>
        <translation>
            <numerusform>Choisissez la leur ou la vôtre pour %n champ que vous avez modifié tous les deux.</numerusform>
            <numerusform>Choisissez la leur ou la vôtre pour %n champs que vous avez modifiés tous les deux.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="179"/>
        <source>Ready: saving keeps both counters&apos; changes.</source>
        <translation>Prêt&#xa0;: l&apos;enregistrement garde les modifications des deux guichets.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="211"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="222"/>
        <source>Changed again meanwhile: look at the versions once more.</source>
        <translation>Modifiée encore entre-temps&#xa0;: regardez à nouveau les versions.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="226"/>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="234"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="227"/>
        <source>Together the two versions have %n problem(s); nothing was saved. Go back to the editor to fix them.</source>
        <translation>
            <numerusform>Ensemble, les deux versions ont %n problème&#xa0;; rien n&apos;a été enregistré. Retournez à l&apos;éditeur pour le corriger.</numerusform>
            <numerusform>Ensemble, les deux versions ont %n problèmes&#xa0;; rien n&apos;a été enregistré. Retournez à l&apos;éditeur pour les corriger.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/edit_conflict.py" line="244"/>
        <source>Your changes to “%1” were dropped; %2&apos;s version stays.</source>
        <translation>Vos modifications de «&#xa0;%1&#xa0;» ont été abandonnées&#xa0;; la version de %2 reste.</translation>
    </message>
</context>
<context>
    <name>EndedDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="519"/>
        <source>Ended: %1</source>
        <translation>Terminé : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="520"/>
        <source>The offer has ended</source>
        <translation>L&apos;offre a pris fin</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="521"/>
        <source>“%1” has ended? It will no longer be shown at the counter. Say why, for the log (it can be undone).</source>
        <translation>« %1 » a pris fin ? Elle ne sera plus montrée au guichet. Dites pourquoi, pour le journal (cela peut être annulé).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="526"/>
        <source>e.g. stopped in 2026, says the library</source>
        <translation>p. ex. arrêté en 2026, selon la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="527"/>
        <source>Why it ended</source>
        <translation>Pourquoi elle a pris fin</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="528"/>
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi :</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="530"/>
        <source>&amp;Ended</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="530"/>
        <source>Retire the record as ended</source>
        <translation>Retirer la fiche comme terminée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="536"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="536"/>
        <source>Keep the record</source>
        <translation>Garder la fiche</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="455"/>
        <source>Export the catalogue</source>
        <translation>Exporter le catalogue</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="458"/>
        <source>The whole catalogue as it is shown here (the shipped records with this municipality&apos;s additions and corrections), in Open Referral HSDS 3.0.</source>
        <translation>Tout le catalogue tel qu&apos;il est affiché ici (les fiches fournies, avec les ajouts et corrections de cette commune), au format Open Referral HSDS 3.0.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="462"/>
        <source>HSDS &amp;JSON (one file: services.json)</source>
        <translation>HSDS &amp;JSON (un seul fichier&#xa0;: services.json)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="463"/>
        <source>Format: HSDS JSON</source>
        <translation>Format&#xa0;: HSDS JSON</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="465"/>
        <source>HSDS &amp;CSV package (datapackage.json and one CSV per table)</source>
        <translation>Paquet HSDS &amp;CSV (datapackage.json et un CSV par table)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="467"/>
        <source>Format: HSDS CSV package</source>
        <translation>Format&#xa0;: paquet HSDS CSV</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="469"/>
        <source>Folder to write into</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="470"/>
        <source>F&amp;older:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="472"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="472"/>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="480"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="480"/>
        <source>Export now</source>
        <translation>Exporter maintenant</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="482"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="482"/>
        <source>Close the export</source>
        <translation>Fermer l&apos;exportation</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="498"/>
        <source>Choose the folder to write into</source>
        <translation>Choisir le dossier de destination</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="512"/>
        <source>Choose a folder first.</source>
        <translation>Choisissez d&apos;abord un dossier.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="515"/>
        <source>The catalogue is not open yet.</source>
        <translation>Le catalogue n&apos;est pas encore ouvert.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="521"/>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="523"/>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="531"/>
        <source>Nothing was written: %1</source>
        <translation>Rien n&apos;a été écrit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="538"/>
        <source>%n local record(s) could not be used; their shipped version was exported.</source>
        <translation>
            <numerusform>%n fiche locale n&apos;a pas pu être utilisée&#xa0;; sa version fournie a été exportée.</numerusform>
            <numerusform>%n fiches locales n&apos;ont pas pu être utilisées&#xa0;; leur version fournie a été exportée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="550"/>
        <source>Wrote %1: %n service(s).</source>
        <translation>
            <numerusform>%1 écrit&#xa0;: %n service.</numerusform>
            <numerusform>%1 écrit&#xa0;: %n services.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="552"/>
        <source>Wrote %1: %n service(s), %2 rows in %3 tables.</source>
        <translation>
            <numerusform>%1 écrit&#xa0;: %n service, %2 lignes dans %3 tables.</numerusform>
            <numerusform>%1 écrit&#xa0;: %n services, %2 lignes dans %3 tables.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flag</name>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="35"/>
        <source>the number does not answer</source>
        <extracomment>The shortcut of &quot;This is not right…&quot; (F7 and F8 are the client&apos;s language and view).</extracomment>
        <translation>le numéro ne répond pas</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="36"/>
        <source>it has moved</source>
        <translation>l&apos;adresse a changé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="37"/>
        <source>it is closed or has ended</source>
        <translation>c&apos;est fermé ou terminé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="38"/>
        <source>the hours are wrong</source>
        <translation>les heures sont fausses</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="39"/>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="48"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="59"/>
        <source>Reported as not right at a counter (not shown to the client); the maintainer will check it:</source>
        <translation>Signalé comme incorrect à un guichet (pas montré au client) ; le gestionnaire va vérifier :</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="203"/>
        <source>This is not right: %1</source>
        <translation>Ce n&apos;est pas correct : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="204"/>
        <source>This is not right</source>
        <translation>Ce n&apos;est pas correct</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="206"/>
        <source>What is wrong with “%1”? One click is enough.</source>
        <translation>Qu&apos;est-ce qui ne va pas avec « %1 » ? Un clic suffit.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="209"/>
        <source>Write nothing about the client: no name, no situation, no question. Only what is wrong with this help.</source>
        <translation>N&apos;écrivez rien sur le client : pas de nom, pas de situation, pas de question. Seulement ce qui ne va pas avec cette aide.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="213"/>
        <source>Privacy note</source>
        <translation>Attention : vie privée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="215"/>
        <source>The &amp;number does not answer</source>
        <translation>Le &amp;numéro ne répond pas</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="216"/>
        <source>It has &amp;moved</source>
        <translation>L&apos;&amp;adresse a changé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="217"/>
        <source>It is &amp;closed or has ended</source>
        <translation>C&apos;est &amp;fermé ou terminé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="218"/>
        <source>The &amp;hours are wrong</source>
        <translation>Les &amp;heures sont fausses</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="232"/>
        <source>e.g. the website no longer exists</source>
        <translation>p. ex. le site web n&apos;existe plus</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="233"/>
        <source>Something else: what is wrong (short)</source>
        <translation>Autre chose : ce qui ne va pas (en bref)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="234"/>
        <source>Something &amp;else:</source>
        <translation>A&amp;utre chose :</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="236"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="237"/>
        <source>Send what is wrong</source>
        <translation>Envoyer ce qui ne va pas</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="250"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="253"/>
        <source>Already noted for this record</source>
        <translation>Déjà signalé pour cette fiche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="254"/>
        <source>&amp;Withdraw my flag</source>
        <translation>&amp;Retirer mon signalement</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="256"/>
        <source>Withdraw the flag made here today by mistake</source>
        <translation>Retirer le signalement fait ici aujourd&apos;hui par erreur</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="259"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="260"/>
        <source>Close without noting anything</source>
        <translation>Fermer sans rien signaler</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="291"/>
        <source>Already noted: %1</source>
        <translation>Déjà signalé : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="306"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="333"/>
        <source>Nothing was noted: %1</source>
        <translation>Rien n&apos;a été signalé : %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="47"/>
        <source>Import records</source>
        <extracomment>Facts the file lacks that cannot be kept (the file replaced their entry).</extracomment>
        <translation>Importer des fiches</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="51"/>
        <source>HSDS JSON (.json), an HSDS CSV package (its folder or datapackage.json) or the spreadsheet template (.csv, .xlsx). The whole file is checked first; it is imported only when nothing is wrong, all of it at once.</source>
        <translation>HSDS JSON (.json), un paquet HSDS CSV (son dossier ou datapackage.json) ou le modèle de tableur (.csv, .xlsx). Tout le fichier est d&apos;abord vérifié&#xa0;; il n&apos;est importé que si rien n&apos;est incorrect, et alors en entier, en une seule fois.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="57"/>
        <source>File or folder to import</source>
        <translation>Fichier ou dossier à importer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="60"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="62"/>
        <source>Choose &amp;file…</source>
        <translation>C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="62"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="190"/>
        <source>Choose a file to import</source>
        <translation>Choisir un fichier à importer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="64"/>
        <source>Choose f&amp;older…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="65"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="197"/>
        <source>Choose an HSDS CSV package folder</source>
        <translation>Choisir le dossier d&apos;un paquet HSDS CSV</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="73"/>
        <source>For HSDS files from another directory (they carry no kinds and no sources of ours)</source>
        <translation>Pour les fichiers HSDS d&apos;un autre répertoire (ils ne contiennent ni nos types d&apos;aide ni nos sources)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="80"/>
        <source>Kind for services without one: %1</source>
        <translation>Type pour les services qui n&apos;en ont pas&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="86"/>
        <source>Kind of help:</source>
        <translation>Type d&apos;aide&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="88"/>
        <source>Source for services that name none</source>
        <translation>Source pour les services qui n&apos;en indiquent aucune</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="92"/>
        <source>Date of that source</source>
        <translation>Date de cette source</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="95"/>
        <source>Source (web address):</source>
        <translation>Source (adresse web)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="97"/>
        <source>Date of the source:</source>
        <translation>Date de la source&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="102"/>
        <source>&amp;Check the file</source>
        <translation>&amp;Vérifier le fichier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="102"/>
        <source>Check the whole file</source>
        <translation>Vérifier tout le fichier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="104"/>
        <source>Choose a file, then check it.</source>
        <translation>Choisissez un fichier, puis vérifiez-le.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="106"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="150"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="106"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="116"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="150"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="106"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="109"/>
        <source>Problems found in the file</source>
        <translation>Problèmes trouvés dans le fichier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="116"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="117"/>
        <source>Would be removed</source>
        <translation>Serait supprimé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="118"/>
        <source>Where in the file</source>
        <translation>Où dans le fichier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="121"/>
        <source>Facts the file lacks</source>
        <translation>Données absentes du fichier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="129"/>
        <source>The file lacks facts the catalogue has: what should the import do?</source>
        <translation>Le fichier n&apos;a pas des données que le catalogue a&#xa0;: que doit faire l&apos;importation&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="133"/>
        <source>&amp;Keep these facts: import what the file says, and leave what it lacks as it is (safe)</source>
        <translation>&amp;Garder ces données&#xa0;: importer ce que dit le fichier, et laisser tel quel ce qui y manque (sûr)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="135"/>
        <source>Import, keeping the facts the file lacks</source>
        <translation>Importer en gardant les données absentes du fichier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="137"/>
        <source>&amp;Remove these facts: only when the file is complete and these facts are no longer true</source>
        <translation>&amp;Supprimer ces données&#xa0;: seulement si le fichier est complet et que ces données ne sont plus vraies</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="139"/>
        <source>Import, removing the facts the file lacks</source>
        <translation>Importer en supprimant les données absentes du fichier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="151"/>
        <source>What the program inferred</source>
        <translation>Ce que le programme a déduit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="154"/>
        <source>What the program inferred from the file</source>
        <translation>Ce que le programme a déduit du fichier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="160"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="213"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="346"/>
        <source>&amp;Import all</source>
        <translation>&amp;Tout importer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="161"/>
        <source>Import every record of the file</source>
        <translation>Importer toutes les fiches du fichier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="163"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="163"/>
        <source>Close the import</source>
        <translation>Fermer l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="191"/>
        <source>Catalogue files (*.json *.csv *.xlsx);;All files (*)</source>
        <translation>Fichiers de catalogue (*.json *.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="225"/>
        <source>(the choices above)</source>
        <translation>(les choix ci-dessus)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="231"/>
        <source>A date needs its source.</source>
        <translation>Une date doit être accompagnée de sa source.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="243"/>
        <source>Choose a file first.</source>
        <translation>Choisissez d&apos;abord un fichier.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="251"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="266"/>
        <source>Checking %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="274"/>
        <source>%n problem(s) found. Nothing can be imported until every one is fixed in the file.</source>
        <translation>
            <numerusform>%n problème trouvé. Rien ne peut être importé tant qu&apos;il n&apos;est pas corrigé dans le fichier.</numerusform>
            <numerusform>%n problèmes trouvés. Rien ne peut être importé tant qu&apos;ils ne sont pas tous corrigés dans le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="285"/>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="293"/>
        <source>The program inferred %n thing(s) the file does not say itself; check them:</source>
        <translation>
            <numerusform>Le programme a déduit %n élément que le fichier ne dit pas lui-même&#xa0;; vérifiez-le&#xa0;:</numerusform>
            <numerusform>Le programme a déduit %n éléments que le fichier ne dit pas lui-même&#xa0;; vérifiez-les&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="319"/>
        <source>%n fact(s) cannot be kept: the file replaced the entry they belong to (%1). Import removing them, or correct the file and check it again.</source>
        <translation>
            <numerusform>%n donnée ne peut pas être gardée&#xa0;: le fichier a remplacé l&apos;élément auquel elle appartient (%1). Importez en la supprimant, ou corrigez le fichier et vérifiez-le à nouveau.</numerusform>
            <numerusform>%n données ne peuvent pas être gardées&#xa0;: le fichier a remplacé l&apos;élément auquel elles appartiennent (%1). Importez en les supprimant, ou corrigez le fichier et vérifiez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="344"/>
        <source>&amp;Import, keeping these facts</source>
        <translation>&amp;Importer en gardant ces données</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="345"/>
        <source>&amp;Import, removing %n fact(s)</source>
        <translation>
            <numerusform>&amp;Importer en supprimant %n donnée</numerusform>
            <numerusform>&amp;Importer en supprimant %n données</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="362"/>
        <source>No problems, but the file holds no records.</source>
        <translation>Aucun problème, mais le fichier ne contient aucune fiche.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="364"/>
        <source>No problems in %n record(s). Importing adds %1, updates %2 and leaves %3 unchanged.</source>
        <translation>
            <numerusform>Aucun problème dans %n fiche. L&apos;importation en ajoutera %1, en mettra à jour %2 et en laissera %3 sans changement.</numerusform>
            <numerusform>Aucun problème dans les %n fiches. L&apos;importation en ajoutera %1, en mettra à jour %2 et en laissera %3 sans changement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="368"/>
        <source>Retired here, so left retired: %1.</source>
        <translation>Retirées ici, donc laissées retirées&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="372"/>
        <source>%n record(s) in the file lack facts the catalogue has (listed below): a table left out of a package, an empty column or cell. Nothing is removed unless you choose so.</source>
        <translation>
            <numerusform>%n fiche du fichier n&apos;a pas des données que le catalogue a (liste ci-dessous)&#xa0;: une table absente d&apos;un paquet, une colonne ou une cellule vide. Rien n&apos;est supprimé sauf si vous le choisissez.</numerusform>
            <numerusform>%n fiches du fichier n&apos;ont pas des données que le catalogue a (liste ci-dessous)&#xa0;: une table absente d&apos;un paquet, une colonne ou une cellule vide. Rien n&apos;est supprimé sauf si vous le choisissez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="394"/>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="439"/>
        <source>Importing %n record(s)…</source>
        <translation>
            <numerusform>Importation de %n fiche…</numerusform>
            <numerusform>Importation de %n fiches…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="403"/>
        <source>The facts the file lacks were kept.</source>
        <translation>Les données absentes du fichier ont été gardées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="405"/>
        <source>%n fact(s) removed, as chosen.</source>
        <translation>
            <numerusform>%n donnée supprimée, comme choisi.</numerusform>
            <numerusform>%n données supprimées, comme choisi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="420"/>
        <source>%n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>%n problème trouvé&#xa0;; rien n&apos;a été importé.</numerusform>
            <numerusform>%n problèmes trouvés&#xa0;; rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="438"/>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/transfer.py" line="398"/>
        <source>Imported: %1 added, %2 updated, %3 unchanged. “Undo last change” takes the whole import back.</source>
        <translation>Importation terminée — ajoutées&#xa0;: %1, mises à jour&#xa0;: %2, inchangées&#xa0;: %3. «&#xa0;Annuler la dernière modification&#xa0;» annule toute l&apos;importation.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="14"/>
        <source>Help point</source>
        <translation>Point d&apos;aide</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="15"/>
        <source>Device loan</source>
        <translation>Prêt d&apos;appareils</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="16"/>
        <source>Helpline</source>
        <translation>Ligne d&apos;aide</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="17"/>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="23"/>
        <source>walk in</source>
        <translation>sans rendez-vous</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="24"/>
        <source>by appointment</source>
        <translation>sur rendez-vous</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="25"/>
        <source>only via a social worker or organisation</source>
        <translation>uniquement via un assistant social ou une organisation</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="26"/>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="27"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="28"/>
        <source>home visit</source>
        <translation>visite à domicile</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="34"/>
        <source>identity card (eID)</source>
        <translation>carte d&apos;identité (eID)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="35"/>
        <source>PIN code of the identity card</source>
        <translation>code PIN de la carte d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="36"/>
        <source>own smartphone</source>
        <translation>son propre GSM (smartphone)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="37"/>
        <source>own laptop or tablet</source>
        <translation>son propre ordinateur portable ou sa tablette</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="38"/>
        <source>bank card and card reader</source>
        <translation>carte bancaire et lecteur de carte</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="39"/>
        <source>the letter or e-mail received</source>
        <translation>le courrier ou l&apos;e-mail reçu</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="40"/>
        <source>login details (itsme, passwords)</source>
        <translation>identifiants de connexion (itsme, mots de passe)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="41"/>
        <source>proof of income</source>
        <translation>preuve de revenus</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="42"/>
        <source>letter from the social worker</source>
        <translation>lettre de l&apos;assistant social</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="48"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="49"/>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="50"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="51"/>
        <source>temporarily closed</source>
        <translation>fermé temporairement</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="56"/>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="56"/>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="56"/>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="57"/>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="57"/>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="57"/>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="58"/>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="62"/>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="62"/>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="62"/>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="63"/>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="63"/>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="63"/>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="64"/>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="69"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="76"/>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="77"/>
        <source>Flanders</source>
        <translation>Flandre</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="78"/>
        <source>Wallonia</source>
        <translation>Wallonie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="79"/>
        <source>Brussels-Capital Region</source>
        <translation>Région de Bruxelles-Capitale</translation>
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
        <translation>Je parle…</translation>
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
        <translation>De quoi le client a-t-il besoin&#xa0;? p.&#xa0;ex. itsme, prêt ordinateur, carte perdue</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="107"/>
        <source>Search words</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="112"/>
        <source>Postcode or place</source>
        <translation>Code postal ou localité</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="113"/>
        <source>Place: postcode, municipality or district</source>
        <translation>Lieu&#xa0;: code postal, commune ou section de commune</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="126"/>
        <source>Distance around the place</source>
        <translation>Distance autour du lieu</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="128"/>
        <source>within %1 km</source>
        <translation>jusqu&apos;à %1&#xa0;km</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="139"/>
        <source>Only %1</source>
        <translation>Uniquement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="140"/>
        <source>Show only this kind of help (several can be on)</source>
        <translation>Afficher uniquement ce type d&apos;aide (plusieurs choix possibles)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="145"/>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="146"/>
        <source>Only free of charge</source>
        <translation>Uniquement gratuit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="148"/>
        <source>Language the help is given in</source>
        <translation>Langue dans laquelle l&apos;aide est donnée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="149"/>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="151"/>
        <source>How the client gets in</source>
        <translation>Comment le client y accède</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="152"/>
        <source>Any way in</source>
        <translation>Tout mode d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="160"/>
        <source>Open now</source>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="161"/>
        <source>Only what is open or can be called now</source>
        <translation>Uniquement ce qui est ouvert ou joignable maintenant</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="162"/>
        <source>Open at:</source>
        <translation>Ouvert le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="163"/>
        <source>Only what is open at a chosen day and time</source>
        <translation>Uniquement ce qui est ouvert au jour et à l&apos;heure choisis</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="165"/>
        <source>Day and time to check</source>
        <translation>Jour et heure à vérifier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="170"/>
        <source>Open first</source>
        <translation>Ouverts en premier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="171"/>
        <source>Show what is open first</source>
        <translation>Afficher d&apos;abord ce qui est ouvert</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="173"/>
        <source>Drop the filters (F9)</source>
        <translation>Retirer les filtres (F9)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="174"/>
        <source>Drop every filter</source>
        <translation>Retirer tous les filtres</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="176"/>
        <source>Kinds, free, language, way in and opening hours back to “any” (F9)</source>
        <translation>Type, gratuit, langue, accès et horaires remis sur « tous » (F9)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="191"/>
        <source>Results</source>
        <extracomment>What the table shows, row for row: the model itself (it sorts itself).</extracomment>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="209"/>
        <location filename="../../einclusie_app/gui/main_window.py" line="383"/>
        <source>Loading the catalogue…</source>
        <translation>Chargement du catalogue…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="210"/>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="282"/>
        <source>Work in progress</source>
        <extracomment>The counter&apos;s name for the handout, from the site settings.</extracomment>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="284"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="297"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="298"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="302"/>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="303"/>
        <source>&amp;New client</source>
        <translation>&amp;Nouveau client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="307"/>
        <source>&amp;Add to the basket (for this client)</source>
        <translation>&amp;Ajouter au panier (pour ce client)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="311"/>
        <source>&amp;Print the page for the client…</source>
        <translation>&amp;Imprimer la page pour le client…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="315"/>
        <source>Save the page as P&amp;DF…</source>
        <translation>Enregistrer la page en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="319"/>
        <source>&amp;Show to the client…</source>
        <translation>&amp;Montrer au client…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="323"/>
        <source>Client&apos;s &amp;language…</source>
        <translation>&amp;Langue du client…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="327"/>
        <source>Client &amp;screen (second monitor)</source>
        <translation>Écran &amp;client (deuxième moniteur)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="335"/>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="336"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue du programme</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="344"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="345"/>
        <source>&amp;About E-inclusie Wegwijzer</source>
        <translation>À &amp;propos d&apos;E-inclusie Wegwijzer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="390"/>
        <source>The catalogue could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="446"/>
        <source>Reading the catalogue&apos;s words…</source>
        <translation>Lecture des mots du catalogue…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="500"/>
        <source>Site settings: %1</source>
        <translation>Réglages du site : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="734"/>
        <source>Showing results for %1 (typed: %2)</source>
        <translation>Résultats pour %1 (tapé : %2)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="737"/>
        <source>Did you mean %1? Its results follow, marked.</source>
        <translation>Vouliez-vous dire %1 ? Ses résultats suivent, marqués.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="741"/>
        <source>No help has every word: the best partial matches, each marked with what it lacks (not found: %1)</source>
        <translation>Aucune aide n&apos;a tous les mots : les meilleures correspondances partielles, chacune avec ce qui manque (introuvable : %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/main_window.py" line="744"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="750"/>
        <source>No help found with the filters %1. Press F9 to drop them.</source>
        <translation>Aucune aide trouvée avec les filtres %1. Appuyez sur F9 pour les retirer.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="752"/>
        <source>No help found. Try fewer words, another place or a larger distance.</source>
        <translation>Aucune aide trouvée. Essayez avec moins de mots, un autre lieu ou une distance plus grande.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="758"/>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="760"/>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="764"/>
        <source>open now</source>
        <translation>ouvert maintenant</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="766"/>
        <source>open at %1</source>
        <translation>ouvert le %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="779"/>
        <source>Filters dropped.</source>
        <translation>Filtres retirés.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="813"/>
        <source>Near %1 (taken for %2)</source>
        <translation>Près de %1 (compris pour %2)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="817"/>
        <location filename="../../einclusie_app/gui/main_window.py" line="827"/>
        <source>Which place do you mean by %1? %2</source>
        <translation>Quel lieu voulez-vous dire par %1 ? %2</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="823"/>
        <source>The place %1 is not known. Did you mean: %2?</source>
        <translation>Le lieu %1 est inconnu. Vouliez-vous dire : %2 ?</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="829"/>
        <source>The place %1 is not known: check the spelling, or type a postcode.</source>
        <translation>Le lieu %1 est inconnu : vérifiez l&apos;orthographe ou tapez un code postal.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1028"/>
        <source>“%1” is already in the basket.</source>
        <translation>« %1 » est déjà dans le panier.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1032"/>
        <source>The basket is full (%1 records, two pages): remove one first.</source>
        <translation>Le panier est plein (%1 fiches, deux pages) : retirez-en d&apos;abord une.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1036"/>
        <source>“%1” is in the basket (%2 of %3).</source>
        <translation>« %1 » est dans le panier (%2 sur %3).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1076"/>
        <source>Not printed</source>
        <translation>Pas imprimé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1079"/>
        <source>the printer</source>
        <translation>l&apos;imprimante</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/main_window.py" line="1080"/>
        <source>Sent to %1: %n page(s) for the client.</source>
        <translation>
            <numerusform>Envoyé à %1 : %n page pour le client.</numerusform>
            <numerusform>Envoyé à %1 : %n pages pour le client.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="815"/>
        <source>Near %1</source>
        <translation>Près de %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="972"/>
        <location filename="../../einclusie_app/gui/main_window.py" line="1023"/>
        <location filename="../../einclusie_app/gui/main_window.py" line="1046"/>
        <source>Choose a result first.</source>
        <translation>Choisissez d&apos;abord un résultat.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1104"/>
        <source>Save the page for the client</source>
        <translation>Enregistrer la page pour le client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1105"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1111"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/main_window.py" line="1113"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 enregistré (%n page).</numerusform>
            <numerusform>%1 enregistré (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="1134"/>
        <source>New client: everything of the last client is gone.</source>
        <translation>Nouveau client : tout ce qui concernait le client précédent est effacé.</translation>
    </message>
</context>
<context>
    <name>Maintainer</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="83"/>
        <source>&amp;Maintainer</source>
        <extracomment>The date &quot;checked today&quot; and the to-do list use (None: the real today; tests fix it). The kind of the last refused update (core.updates.UpdateError.kind), or None. How the last action ended: True done, False refused, None still running. The last action&apos;s core.session.Outcome (when it was done).</extracomment>
        <translation>&amp;Gestion</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="87"/>
        <source>&amp;New record…</source>
        <translation>&amp;Nouvelle fiche…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="88"/>
        <source>Add a record of this municipality</source>
        <translation>Ajouter une fiche de cette commune</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="89"/>
        <source>&amp;Edit selected record…</source>
        <translation>&amp;Modifier la fiche sélectionnée…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="90"/>
        <source>Correct the selected record</source>
        <translation>Corriger la fiche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="91"/>
        <source>&amp;Checked today (selected record)</source>
        <translation>&amp;Vérifiée aujourd&apos;hui (fiche sélectionnée)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="92"/>
        <source>Set the last-checked date of the selected record to today</source>
        <translation>Fixer à aujourd&apos;hui la date de dernière vérification de la fiche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="94"/>
        <source>&amp;Retire selected record…</source>
        <translation>&amp;Retirer la fiche sélectionnée…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="95"/>
        <source>No longer show the selected record (can be undone)</source>
        <translation>Ne plus afficher la fiche sélectionnée (peut être annulé)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="96"/>
        <source>Re&amp;store a retired record…</source>
        <translation>Re&amp;staurer une fiche retirée…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="97"/>
        <source>Show a retired record again</source>
        <translation>Afficher à nouveau une fiche retirée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="98"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="183"/>
        <source>Re&amp;vert selected record to the shipped version…</source>
        <translation>Réta&amp;blir la version fournie de la fiche sélectionnée…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="100"/>
        <source>Drop the local version of the selected record</source>
        <translation>Abandonner la version locale de la fiche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="111"/>
        <source>Change &amp;log and undo…</source>
        <translation>&amp;Journal des modifications et annulation…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="112"/>
        <source>Every change made here, with undo</source>
        <translation>Toutes les modifications faites ici, avec possibilité d&apos;annuler</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="114"/>
        <source>&amp;Undo last change</source>
        <translation>&amp;Annuler la dernière modification</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="115"/>
        <source>Undo the last change to the catalogue (an import as a whole)</source>
        <translation>Annuler la dernière modification du catalogue (une importation en entier)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="118"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="119"/>
        <source>Import HSDS JSON, an HSDS CSV package or the spreadsheet template</source>
        <translation>Importer du HSDS JSON, un paquet HSDS CSV ou le modèle de tableur</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="121"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="122"/>
        <source>Write the whole catalogue as HSDS JSON or CSV</source>
        <translation>Écrire tout le catalogue en HSDS JSON ou CSV</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="124"/>
        <source>&amp;Apply catalogue update…</source>
        <translation>A&amp;ppliquer une mise à jour du catalogue…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="125"/>
        <source>Apply a signed catalogue update from a USB stick or a shared folder</source>
        <translation>Appliquer une mise à jour signée du catalogue depuis une clé USB ou un dossier partagé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="127"/>
        <source>Roll &amp;back last update…</source>
        <translation>Revenir avant la &amp;dernière mise à jour…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="128"/>
        <source>Go back to the catalogue in use before the last update</source>
        <translation>Revenir au catalogue utilisé avant la dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="130"/>
        <source>Con&amp;flicts after an update…</source>
        <translation>Con&amp;flits après une mise à jour…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="131"/>
        <source>Records corrected here that an update changed too</source>
        <translation>Fiches corrigées ici qu&apos;une mise à jour a aussi modifiées</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="147"/>
        <source>The catalogue is still loading.</source>
        <translation>Le catalogue est encore en cours de chargement.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="148"/>
        <source>Not available: this window shows a catalogue file opened directly (or the local store could not be opened), so nothing can be changed here. Start the program without a catalogue file to maintain the catalogue.</source>
        <translation>Non disponible&#xa0;: cette fenêtre affiche un fichier de catalogue ouvert directement (ou le stockage local n&apos;a pas pu être ouvert), donc rien ne peut être modifié ici. Démarrez le programme sans fichier de catalogue pour gérer le catalogue.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="182"/>
        <source>Re&amp;move selected record (added here)…</source>
        <translation>S&amp;upprimer la fiche sélectionnée (ajoutée ici)…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="221"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="256"/>
        <source>Nothing was changed: the record has %n problem(s).</source>
        <translation>
            <numerusform>Rien n&apos;a été modifié&#xa0;: la fiche présente %n problème.</numerusform>
            <numerusform>Rien n&apos;a été modifié&#xa0;: la fiche présente %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="261"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="268"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="270"/>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="524"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="300"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="301"/>
        <source>Reading the catalogue again…</source>
        <translation>Relecture du catalogue…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="337"/>
        <source>Edit record</source>
        <translation>Modifier la fiche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="338"/>
        <source>This record is retired or does not exist.</source>
        <translation>Cette fiche est retirée ou n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="347"/>
        <source>Checked today</source>
        <translation>Vérifiée aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="348"/>
        <source>“%1” checked today.</source>
        <translation>Fiche «&#xa0;%1&#xa0;» vérifiée aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="349"/>
        <source>“%1” was already checked today.</source>
        <translation>La fiche «&#xa0;%1&#xa0;» avait déjà été vérifiée aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="362"/>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="363"/>
        <source>Retired “%1”. “Undo last change” brings it back.</source>
        <translation>Fiche «&#xa0;%1&#xa0;» retirée. «&#xa0;Annuler la dernière modification&#xa0;» la rétablit.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="375"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="376"/>
        <source>Restored “%1”.</source>
        <translation>Fiche «&#xa0;%1&#xa0;» restaurée.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="384"/>
        <source>Remove “%1”, added here? (The change log keeps it; “Undo last change” brings it back.)</source>
        <translation>Supprimer la fiche «&#xa0;%1&#xa0;», ajoutée ici&#xa0;? (Le journal des modifications la conserve&#xa0;; «&#xa0;Annuler la dernière modification&#xa0;» la rétablit.)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="386"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="388"/>
        <source>Drop the corrections made here to “%1” and show the shipped version again? (The change log keeps them; “Undo last change” brings them back.)</source>
        <translation>Abandonner les corrections faites ici à «&#xa0;%1&#xa0;» et afficher à nouveau la version fournie&#xa0;? (Le journal des modifications les conserve&#xa0;; «&#xa0;Annuler la dernière modification&#xa0;» les rétablit.)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="391"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="392"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="396"/>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="397"/>
        <source>“%1”: the local version is dropped.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: la version locale est abandonnée.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="442"/>
        <source>There is nothing to undo.</source>
        <extracomment>The to-do list is the check round.</extracomment>
        <translation>Il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="456"/>
        <source>Not undone</source>
        <translation>Non annulé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="457"/>
        <source>This change cannot be undone now; nothing was changed.</source>
        <translation>Cette modification ne peut pas être annulée maintenant&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="449"/>
        <source>Undone: %n change(s) (%1).</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n modification (%1).</numerusform>
            <numerusform>Annulé&#xa0;: %n modifications (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="102"/>
        <source>&amp;To-do: check round…</source>
        <translation>&amp;Tournée de vérification (à faire)…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="103"/>
        <source>Records flagged at a counter, then never checked, then the oldest: check them one by one, or print a call list</source>
        <translation>Les fiches signalées par un guichet, puis jamais vérifiées, puis les plus anciennes : vérifiez-les une à une, ou imprimez une liste d&apos;appels</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="105"/>
        <source>Covera&amp;ge of the region…</source>
        <translation>&amp;Couverture de la région…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="106"/>
        <source>What the catalogue knows per municipality of the home region</source>
        <translation>Ce que le catalogue connaît par commune de la région</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="108"/>
        <source>Fill-in &amp;pack for a municipality…</source>
        <translation>Tableau à compléter pour une commun&amp;e…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="109"/>
        <source>A spreadsheet for a municipality to fill in, with what is known there</source>
        <translation>Un tableur à compléter par une commune, avec ce qui y est déjà connu</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="461"/>
        <source>Undoing…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="491"/>
        <source>Choose a catalogue update</source>
        <translation>Choisir une mise à jour du catalogue</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="492"/>
        <source>Catalogue updates (*.einclusie-update);;All files (*)</source>
        <translation>Mises à jour du catalogue (*.einclusie-update);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="497"/>
        <source>Update refused</source>
        <translation>Mise à jour refusée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="499"/>
        <source>Checking and applying the update…</source>
        <translation>Vérification et application de la mise à jour…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="503"/>
        <source>Update %1 applied: the catalogue now holds %n service(s) (made %2).</source>
        <translation>
            <numerusform>Mise à jour %1 (créée le %2) appliquée&#xa0;: le catalogue contient maintenant %n service.</numerusform>
            <numerusform>Mise à jour %1 (créée le %2) appliquée&#xa0;: le catalogue contient maintenant %n services.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="507"/>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="510"/>
        <source>“Roll back last update” goes back.</source>
        <translation>«&#xa0;Revenir avant la dernière mise à jour&#xa0;» permet de revenir en arrière.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="514"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="520"/>
        <source>Update applied</source>
        <translation>Mise à jour appliquée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="515"/>
        <source>%n record(s) corrected here were changed by the update too. The version made here keeps showing until you choose.</source>
        <translation>
            <numerusform>%n fiche corrigée ici a aussi été modifiée par la mise à jour. La version faite ici reste affichée jusqu&apos;à ce que vous choisissiez.</numerusform>
            <numerusform>%n fiches corrigées ici ont aussi été modifiées par la mise à jour. La version faite ici reste affichée jusqu&apos;à ce que vous choisissiez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="518"/>
        <source>Show the conflicts</source>
        <translation>Afficher les conflits</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="518"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="529"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="533"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="536"/>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="537"/>
        <source>Roll back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="534"/>
        <source>Go back to the catalogue in use before the last update? The records added or corrected here stay as they are.</source>
        <translation>Revenir au catalogue utilisé avant la dernière mise à jour&#xa0;? Les fiches ajoutées ou corrigées ici restent telles quelles.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="538"/>
        <source>Rolling back…</source>
        <translation>Retour en arrière…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="545"/>
        <source>Rolled back: the program uses the catalogue it came with again.</source>
        <translation>Retour effectué&#xa0;: le programme utilise à nouveau le catalogue fourni avec lui.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="547"/>
        <source>Rolled back: the program uses update %1 again.</source>
        <translation>Retour effectué&#xa0;: le programme utilise à nouveau la mise à jour %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="550"/>
        <source>Rolled back</source>
        <translation>Retour effectué</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="567"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="563"/>
        <source>“%1”: the version made here is kept.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: la version faite ici est gardée.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="460"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="564"/>
        <source>“%1”: the update&apos;s version is taken.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: la version de la mise à jour est reprise.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/controller.py" line="565"/>
        <source>“%1”: merged field by field.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: fusionnée champ par champ.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="24"/>
        <source>Record id</source>
        <translation>Identifiant de la fiche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="25"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="26"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="27"/>
        <source>Kind of help</source>
        <translation>Type d&apos;aide</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="28"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="29"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="30"/>
        <source>Warning for staff</source>
        <translation>Avertissement pour le personnel</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="31"/>
        <source>May have ended</source>
        <translation>Peut-être arrêtée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="32"/>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="33"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="34"/>
        <source>How to get in</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="35"/>
        <source>What to bring</source>
        <translation>À apporter</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="36"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="37"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="38"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="39"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="40"/>
        <source>Weekly hours</source>
        <translation>Horaire hebdomadaire</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="41"/>
        <source>Hours as the source gave them</source>
        <translation>Horaires tels que donnés par la source</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="42"/>
        <source>Legal holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="43"/>
        <source>School holidays</source>
        <translation>Vacances scolaires</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="44"/>
        <source>Service area</source>
        <translation>Zone couverte</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="45"/>
        <source>Other ids</source>
        <translation>Autres identifiants</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="46"/>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="47"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="48"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="49"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="50"/>
        <source>Dated exceptions</source>
        <translation>Exceptions datées</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="51"/>
        <source>HSDS data kept as received</source>
        <translation>Données HSDS gardées telles que reçues</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="52"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="53"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="55"/>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="56"/>
        <source>street</source>
        <translation>rue</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="57"/>
        <source>house number</source>
        <translation>numéro de maison</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="58"/>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="59"/>
        <source>municipality</source>
        <translation>commune</translation>
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
        <translation>accessibilité</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="63"/>
        <source>web address</source>
        <translation>adresse web</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="64"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="65"/>
        <source>confidence</source>
        <translation>fiabilité</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="66"/>
        <source>notes</source>
        <translation>remarques</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="67"/>
        <source>opens</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="68"/>
        <source>closes</source>
        <translation>fermeture</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="76"/>
        <source>place name</source>
        <translation>nom du lieu</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="78"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="102"/>
        <source>%1, row %2</source>
        <translation>%1, ligne %2</translation>
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
        <translation>Ligne %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="138"/>
        <source>Tick at least one kind of help.</source>
        <translation>Cochez au moins un type d&apos;aide.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="140"/>
        <source>A dated exception needs its date (YYYY-MM-DD).</source>
        <translation>Une exception datée doit avoir sa date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="142"/>
        <source>This is required: it cannot be empty.</source>
        <translation>Ce champ est obligatoire&#xa0;: il ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="144"/>
        <source>The phone number is empty.</source>
        <translation>Le numéro de téléphone est vide.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="146"/>
        <source>“%1” is not a Belgian phone number: check the digits and the prefix (short numbers such as 1700, 106 and 102 are fine).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone belge&#xa0;: vérifiez les chiffres et le préfixe (les numéros courts comme 1700, 106 et 102 sont acceptés).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="150"/>
        <source>“%1” is not a Belgian postcode: a postcode has four digits.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code postal belge&#xa0;: un code postal a quatre chiffres.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="154"/>
        <source>Postcode %1 does not exist in Belgium (it is not in the list of places).</source>
        <translation>Le code postal %1 n&apos;existe pas en Belgique (il ne figure pas dans la liste des localités).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="158"/>
        <source>Give a postcode, a municipality or coordinates.</source>
        <translation>Indiquez un code postal, une commune ou des coordonnées.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="163"/>
        <source>Postcode %1 is %2, not %3.</source>
        <translation>Le code postal %1 est %2, pas %3.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="168"/>
        <source>“%1” is not a known place name.</source>
        <translation>« %1 » n&apos;est pas un nom de lieu connu.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="172"/>
        <source>“%1” is more than one place (%2): give the postcode.</source>
        <translation>« %1 » désigne plusieurs lieux (%2) : donnez le code postal.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="176"/>
        <source>Postcode %1 belongs to %2: give the municipality too.</source>
        <translation>Le code postal %1 appartient à %2 : donnez aussi la commune.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="179"/>
        <source>The postcode and municipality do not point to one known place: %1.</source>
        <translation>Le code postal et la commune ne désignent pas un seul lieu connu&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="183"/>
        <source>Latitude and longitude go together: give both or neither.</source>
        <translation>La latitude et la longitude vont ensemble&#xa0;: indiquez les deux ou aucune.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="186"/>
        <source>“%1” is not a number (like 51.0656).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre (comme 51.0656).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="189"/>
        <source>Latitude %1 does not exist: a latitude lies between -90 and 90 (in Belgium between 49.4 and 51.6).</source>
        <translation>La latitude %1 n&apos;existe pas&#xa0;: une latitude est comprise entre -90 et 90 (en Belgique, entre 49.4 et 51.6).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="193"/>
        <source>Longitude %1 does not exist: a longitude lies between -180 and 180 (in Belgium between 2.4 and 6.5).</source>
        <translation>La longitude %1 n&apos;existe pas&#xa0;: une longitude est comprise entre -180 et 180 (en Belgique, entre 2.4 et 6.5).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="197"/>
        <source>The point (%1, %2) is not in Belgium.</source>
        <translation>Le point (%1, %2) n&apos;est pas en Belgique.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="201"/>
        <source>“%1” contains a space; a web address has none.</source>
        <translation>«&#xa0;%1&#xa0;» contient un espace&#xa0;; une adresse web n&apos;en contient pas.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="204"/>
        <source>“%1” looks like an e-mail address, not a web address.</source>
        <translation>«&#xa0;%1&#xa0;» ressemble à une adresse e-mail, pas à une adresse web.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="208"/>
        <source>“%1” is not a web address (like www.gemeente.be).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web (comme www.gemeente.be).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="212"/>
        <source>“%1” is not a web address: it starts with http://, https:// or the site&apos;s name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web&#xa0;: une adresse web commence par http://, https:// ou le nom du site.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="216"/>
        <source>“%1” contains a space; an e-mail address has none.</source>
        <translation>«&#xa0;%1&#xa0;» contient un espace&#xa0;; une adresse e-mail n&apos;en contient pas.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="220"/>
        <source>“%1” is not an e-mail address (like naam@gemeente.be).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail (comme naam@gemeente.be).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="224"/>
        <source>These hours do not make sense: %1. Write them like “Mo 09:00-12:00,13:00-17:00; We 14:00-16:00”.</source>
        <translation>Ces horaires ne sont pas cohérents&#xa0;: %1. Écrivez-les comme ceci&#xa0;: «&#xa0;Mo 09:00-12:00,13:00-17:00; We 14:00-16:00&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="228"/>
        <source>“%1” is not a date (write it as YYYY-MM-DD, like 2025-03-14).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (écrivez-la sous la forme AAAA-MM-JJ, comme 2025-03-14).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="232"/>
        <source>The date %1 does not exist.</source>
        <translation>La date %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="235"/>
        <source>%1 is in the future: a record cannot have been checked later than today.</source>
        <translation>%1 est dans le futur&#xa0;: une fiche ne peut pas avoir été vérifiée après aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="239"/>
        <source>“%1” is not a time (HH:MM, like 09:30).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure (HH:MM, comme 09:30).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="243"/>
        <source>An extra session needs both an opening and a closing time; leave both empty for a closed day.</source>
        <translation>Une séance supplémentaire demande une heure d&apos;ouverture et une heure de fermeture&#xa0;; laissez les deux vides pour un jour de fermeture.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="246"/>
        <source>These times do not work: %1.</source>
        <translation>Ces heures ne conviennent pas&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="249"/>
        <source>Unknown code “%1”.</source>
        <translation>Code inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="251"/>
        <source>“%1” is listed twice.</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois dans la liste.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="254"/>
        <source>“%1” is not a language code (two or three letters, like nl, fr, ar).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de langue (deux ou trois lettres, comme nl, fr, ar).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="258"/>
        <source>“%1” is not a service area (be, region:flanders, province:&lt;name&gt;, municipality:&lt;name&gt;).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une zone couverte (be, region:flanders, province:&lt;nom&gt;, municipality:&lt;nom&gt;).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="262"/>
        <source>This service area is not known: %1.</source>
        <translation>Cette zone couverte est inconnue&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="266"/>
        <source>“%1” cannot be a record id: use only a-z, 0-9 and hyphens, like digipunt-bib-torhout.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un identifiant de fiche&#xa0;: utilisez uniquement a-z, 0-9 et des traits d&apos;union, comme digipunt-bib-torhout.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="270"/>
        <source>The id “%1” is already used by another record (maybe a retired one); choose another.</source>
        <translation>L&apos;identifiant «&#xa0;%1&#xa0;» est déjà utilisé par une autre fiche (peut-être une fiche retirée)&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="274"/>
        <source>“%1” is already used by the record “%2”; choose another.</source>
        <translation>« %1 » est déjà utilisé par la fiche « %2 » ; choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="278"/>
        <source>“%1” cannot be another id: use only a-z, 0-9 and hyphens.</source>
        <translation>« %1 » ne peut pas être un autre identifiant : utilisez seulement a-z, 0-9 et des traits d&apos;union.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="282"/>
        <source>“%1” is not a school calendar this program knows.</source>
        <translation>« %1 » n&apos;est pas un calendrier scolaire connu de ce programme.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="286"/>
        <source>Give at least one source: the page or document where these facts were read.</source>
        <translation>Indiquez au moins une source&#xa0;: la page ou le document où ces informations ont été lues.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="290"/>
        <source>Choose how sure the source is.</source>
        <translation>Choisissez le degré de fiabilité de la source.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="294"/>
        <source>This text holds an invisible control character (%1) that cannot be shown or printed: remove it (type the text again, or paste it as plain text).</source>
        <translation>Ce texte contient un caractère de contrôle invisible (%1) qui ne peut être ni affiché ni imprimé&#xa0;: supprimez-le (retapez le texte, ou collez-le en texte brut).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="299"/>
        <source>This text holds an invisible direction mark (%1) that turns the text around on screen, so it shows something else than what is stored: remove it.</source>
        <translation>Ce texte contient une marque de direction invisible (%1) qui retourne le texte à l&apos;écran, de sorte qu&apos;il montre autre chose que ce qui est enregistré&#xa0;: supprimez-la.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="304"/>
        <source>This text holds a broken character (%1) that cannot be stored: type that part again.</source>
        <translation>Ce texte contient un caractère cassé (%1) qui ne peut pas être enregistré&#xa0;: retapez cette partie.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="308"/>
        <source>This text is %1 characters long; at most %2 fit here. Is it the right text?</source>
        <translation>Ce texte fait %1 caractères&#xa0;; %2 au plus tiennent ici. Est-ce le bon texte&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="328"/>
        <source>All of Belgium</source>
        <translation>Toute la Belgique</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="329"/>
        <source>A region</source>
        <translation>Une région</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="330"/>
        <source>A province</source>
        <translation>Une province</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="331"/>
        <source>A municipality</source>
        <translation>Une commune</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="337"/>
        <source>Flanders</source>
        <translation>Flandre</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="338"/>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="339"/>
        <source>Wallonia</source>
        <translation>Wallonie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="345"/>
        <source>Open as usual in school holidays</source>
        <translation>Ouvert normalement pendant les vacances scolaires</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="346"/>
        <source>Closed in the Flemish school holidays</source>
        <translation>Fermé pendant les vacances scolaires de la Communauté flamande</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="348"/>
        <source>Closed in the French-speaking Community&apos;s school holidays</source>
        <translation>Fermé pendant les vacances scolaires de la Fédération Wallonie-Bruxelles</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="350"/>
        <source>Closed in the German-speaking Community&apos;s school holidays</source>
        <translation>Fermé pendant les vacances scolaires de la Communauté germanophone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="357"/>
        <source>everything read on the source</source>
        <translation>tout lu sur la source</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="358"/>
        <source>partly inferred (say what in notes)</source>
        <translation>en partie déduit (précisez quoi dans les remarques)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="364"/>
        <source>added here</source>
        <translation>ajoutée ici</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="365"/>
        <source>corrected here</source>
        <translation>corrigée ici</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="366"/>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="378"/>
        <source>retired</source>
        <translation>retirée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="367"/>
        <source>as shipped</source>
        <translation>telle que fournie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="368"/>
        <source>not there</source>
        <translation>absente</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="374"/>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="375"/>
        <source>corrected</source>
        <translation>corrigée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="376"/>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="377"/>
        <source>checked today</source>
        <translation>marquée vérifiée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="379"/>
        <source>restored</source>
        <translation>restaurée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="380"/>
        <source>back to shipped</source>
        <translation>retour à la version fournie</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="381"/>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="382"/>
        <source>conflict settled</source>
        <translation>conflit réglé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="383"/>
        <source>undo</source>
        <translation>annulation</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="392"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="393"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="419"/>
        <source>as usual</source>
        <translation>comme d&apos;habitude</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="433"/>
        <source>This file is not a catalogue update.</source>
        <translation>Ce fichier n&apos;est pas une mise à jour du catalogue.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="435"/>
        <source>This update is not signed. An unsigned update is never applied.</source>
        <translation>Cette mise à jour n&apos;est pas signée. Une mise à jour non signée n&apos;est jamais appliquée.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="437"/>
        <source>This update is signed with a key this site does not trust (wrong key). Only updates signed by the central maintainer&apos;s key are applied.</source>
        <translation>Cette mise à jour est signée avec une clé à laquelle ce site ne fait pas confiance (mauvaise clé). Seules les mises à jour signées avec la clé du gestionnaire central sont appliquées.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="440"/>
        <source>This update has been changed after it was signed (tampered with). It is refused.</source>
        <translation>Cette mise à jour a été modifiée après avoir été signée (falsifiée). Elle est refusée.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="443"/>
        <source>This update is older than the catalogue in use (or the same one).</source>
        <translation>Cette mise à jour est plus ancienne que le catalogue utilisé (ou identique à celui-ci).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="445"/>
        <source>This update holds a catalogue this version of the program cannot read.</source>
        <translation>Cette mise à jour contient un catalogue que cette version du programme ne peut pas lire.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="448"/>
        <source>No trusted key is configured for this site, so no update can be checked. The site settings (catalogue.trusted_keys) must name the central maintainer&apos;s public key.</source>
        <translation>Aucune clé de confiance n&apos;est configurée pour ce site, donc aucune mise à jour ne peut être vérifiée. Les réglages du site (catalogue.trusted_keys) doivent indiquer la clé publique du gestionnaire central.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="452"/>
        <source>A trusted key in the site settings cannot be read.</source>
        <translation>Une clé de confiance des réglages du site ne peut pas être lue.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="454"/>
        <source>No update is installed: the program already uses the catalogue it came with.</source>
        <translation>Aucune mise à jour n&apos;est installée&#xa0;: le programme utilise déjà le catalogue fourni avec lui.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="458"/>
        <source>The update was refused.</source>
        <translation>La mise à jour a été refusée.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="476"/>
        <source>the file is empty (0 bytes): a copy that failed, or a full disk</source>
        <translation>le fichier est vide (0 octet)&#xa0;: une copie ratée, ou un disque plein</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="479"/>
        <source>the file is cut off: it is shorter than it should be</source>
        <translation>le fichier est tronqué&#xa0;: il est plus court qu&apos;il ne devrait</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="482"/>
        <source>parts of the file are damaged (SQLite finds damaged pages)</source>
        <translation>des parties du fichier sont endommagées (SQLite trouve des pages endommagées)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="485"/>
        <source>the file is another program&apos;s database, not a local store</source>
        <translation>le fichier est la base de données d&apos;un autre programme, pas un stockage local</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="488"/>
        <source>the file is not a local store file, or its beginning is damaged</source>
        <translation>le fichier n&apos;est pas un fichier de stockage local, ou son début est endommagé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="496"/>
        <source>To restore it (the catalogue maintainer or IT):
1. Close the program on every counter that uses this folder. Rename the damaged file (e.g. local.sqlite.damaged) and keep it until the restore is checked.
2. Copy local.sqlite from the backup of the shared folder into the folder. Changes made after the backup are not in it: “Change log and undo” shows what it holds.
3. No backup? Another counter that showed the local records recently holds them in its cache (merged-….sqlite): export that and import it into a new store.
The whole procedure: docs/local-store.md, “When the store is damaged” (in the program&apos;s folder).</source>
        <translation>Pour le restaurer (le gestionnaire du catalogue ou l&apos;informatique)&#xa0;:
1. Fermez le programme à chaque guichet qui utilise ce dossier. Renommez le fichier endommagé (p. ex. local.sqlite.endommage) et gardez-le jusqu&apos;à ce que la restauration soit vérifiée.
2. Copiez local.sqlite depuis la sauvegarde du dossier partagé dans le dossier. Les modifications faites après la sauvegarde n&apos;y sont pas&#xa0;: «&#xa0;Journal des modifications et annulation&#xa0;» montre ce qu&apos;il contient.
3. Pas de sauvegarde&#xa0;? Un autre guichet qui a affiché récemment les fiches locales les garde dans son cache (merged-….sqlite)&#xa0;: exportez-le et importez-le dans un nouveau stockage.
La procédure complète&#xa0;: docs/local-store.md, «&#xa0;When the store is damaged&#xa0;» (dans le dossier du programme).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="515"/>
        <source>This could not be saved now: the local store is busy, another counter is saving changes to it (an import can take a few seconds). Nothing was changed; try again in a moment.</source>
        <translation>Ceci n&apos;a pas pu être enregistré maintenant&#xa0;: le stockage local est occupé, un autre guichet y enregistre des modifications (une importation peut prendre quelques secondes). Rien n&apos;a été modifié&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="520"/>
        <source>Nothing was changed: the local store file %1 is damaged (%2). The file is kept as it is; the catalogue maintainer or IT must restore it.</source>
        <translation>Rien n&apos;a été modifié&#xa0;: le fichier du stockage local %1 est endommagé (%2). Le fichier est gardé tel quel&#xa0;; le gestionnaire du catalogue ou l&apos;informatique doit le restaurer.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="537"/>
        <source>Kind of help “%1” inferred from the words: %2. Check it.</source>
        <translation>Type d&apos;aide «&#xa0;%1&#xa0;» déduit des mots&#xa0;: %2. Vérifiez-le.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="542"/>
        <source>The service names no source: the file&apos;s own source is used (%1).</source>
        <translation>Le service ne cite aucune source&#xa0;: la source du fichier lui-même est utilisée (%1).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/messages.py" line="546"/>
        <source>Not kept: the catalogue has no field for this.</source>
        <translation>Non gardé&#xa0;: le catalogue n&apos;a pas de champ pour cela.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="19"/>
        <source>The local store folder %1 (named in the site settings) does not exist; it was not created. Showing the shipped catalogue only: nothing can be changed here.</source>
        <translation>Le dossier du stockage local %1 (indiqué dans les paramètres du site) n&apos;existe pas ; il n&apos;a pas été créé. Seul le catalogue fourni est affiché : rien ne peut être modifié ici.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="23"/>
        <source>The local store is busy (another counter is saving): trying again. Until then the shipped catalogue shows, without this municipality&apos;s own records (%1).</source>
        <translation>Le stockage local est occupé (un autre guichet enregistre)&#xa0;: le programme réessaie. En attendant, le catalogue fourni est affiché, sans les fiches propres à cette commune (%1).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="29"/>
        <source>The local store is damaged (%2): the shipped catalogue shows, without this municipality&apos;s own records, until the catalogue maintainer or IT restores it. The file was kept as it is: %1.</source>
        <translation>Le stockage local est endommagé (%2)&#xa0;: le catalogue fourni est affiché, sans les fiches propres à cette commune, jusqu&apos;à ce que le gestionnaire du catalogue ou l&apos;informatique le restaure. Le fichier a été gardé tel quel&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="35"/>
        <source>The local store could not be opened (%1); showing the shipped catalogue only.</source>
        <translation>Le stockage local n&apos;a pas pu être ouvert (%1) ; seul le catalogue fourni est affiché.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="39"/>
        <source>it has no signature: it was not installed by this program</source>
        <translation>elle n&apos;a pas de signature&#xa0;: ce programme ne l&apos;a pas installée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="40"/>
        <source>it is signed with a key this site does not trust</source>
        <translation>elle est signée avec une clé à laquelle ce site ne fait pas confiance</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="41"/>
        <source>it was changed after it was signed</source>
        <translation>elle a été modifiée après avoir été signée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="42"/>
        <source>it differs from the catalogue that was signed: changed or damaged since it was installed</source>
        <translation>elle diffère du catalogue signé&#xa0;: modifiée ou endommagée depuis l&apos;installation</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="44"/>
        <source>the file is missing</source>
        <translation>le fichier manque</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="45"/>
        <source>it cannot be read (damaged)</source>
        <translation>elle ne peut pas être lue (endommagée)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="46"/>
        <source>this site trusts no key, so it cannot be checked</source>
        <translation>ce site ne fait confiance à aucune clé, elle ne peut donc pas être vérifiée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="49"/>
        <source>The installed catalogue update %1 is not used: %2. Showing the catalogue the program came with; apply the update again, or ask IT.</source>
        <translation>La mise à jour du catalogue installée %1 n&apos;est pas utilisée&#xa0;: %2. Le catalogue fourni avec le programme est affiché&#xa0;; appliquez à nouveau la mise à jour, ou demandez à l&apos;informatique.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="52"/>
        <source>The installed catalogue update %1 cannot be used; showing the catalogue the program came with.</source>
        <translation>La mise à jour du catalogue installée %1 ne peut pas être utilisée ; le catalogue fourni avec le programme est affiché.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="55"/>
        <source>The catalogue with this municipality&apos;s records could not be opened (%1); showing the shipped catalogue only.</source>
        <translation>Le catalogue avec les fiches de cette commune n&apos;a pas pu être ouvert (%1) ; seul le catalogue fourni est affiché.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/notices.py" line="59"/>
        <source>%n local record(s) could not be shown; see the maintainer&apos;s to-do list.</source>
        <translation>
            <numerusform>%n fiche locale n&apos;a pas pu être affichée ; consultez la liste à faire (menu Gestion).</numerusform>
            <numerusform>%n fiches locales n&apos;ont pas pu être affichées ; consultez la liste à faire (menu Gestion).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="62"/>
        <source>Site settings: the home place “%1” is not a known place, so the place field starts empty.</source>
        <translation>Paramètres du site : le lieu d&apos;attache « %1 » n&apos;est pas un lieu connu ; le champ du lieu reste donc vide.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/notices.py" line="65"/>
        <source>%n record(s) corrected here were changed by the update too. The version made here keeps showing until you choose.</source>
        <translation>
            <numerusform>%n fiche corrigée ici a aussi été modifiée par la mise à jour. La version faite ici reste affichée jusqu&apos;à ce que vous choisissiez.</numerusform>
            <numerusform>%n fiches corrigées ici ont aussi été modifiées par la mise à jour. La version faite ici reste affichée jusqu&apos;à ce que vous choisissiez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="572"/>
        <source>Fill-in pack for a municipality</source>
        <translation>Tableau à compléter pour une commune</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="575"/>
        <source>A spreadsheet for the municipality to fill in: every offer known there, empty rows for what is missing, and a first sheet that explains in plain Dutch what to fill in and why. Imported back (Import…), it records who filled it in and when.</source>
        <translation>Un tableur que la commune complète : toute l&apos;offre qui y est connue, des lignes vides pour ce qui manque, et une première feuille qui explique en néerlandais simple quoi compléter et pourquoi. Réimporté (Importer…), il note qui l&apos;a complété et quand.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="580"/>
        <source>Municipality (name or postcode)</source>
        <translation>Commune (nom ou code postal)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="587"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="594"/>
        <source>Empty rows for new offers</source>
        <translation>Lignes vides pour de nouvelles offres</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="595"/>
        <source>Empty &amp;rows:</source>
        <translation>&amp;Lignes vides :</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="599"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="600"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="600"/>
        <source>Choose where to save the pack</source>
        <translation>Choisir où enregistrer le tableau</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="603"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="603"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="627"/>
        <source>Name the municipality first.</source>
        <translation>Indiquez d&apos;abord la commune.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="632"/>
        <source>Save the fill-in pack</source>
        <translation>Enregistrer le tableau à compléter</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="633"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="641"/>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="665"/>
        <source>Writing the pack…</source>
        <translation>Création du tableau…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="646"/>
        <source>Saved the fill-in pack of %1: %2 record(s) known there, %3 serving it, %4 empty row(s). File: %5</source>
        <translation>Tableau à compléter de %1 enregistré : %2 fiche(s) connue(s) sur place, %3 qui la desservent, %4 ligne(s) vide(s). Fichier : %5</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="657"/>
        <source>Not saved: %1</source>
        <translation>Pas enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="664"/>
        <source>Fill-in pack</source>
        <translation>Tableau à compléter</translation>
    </message>
</context>
<context>
    <name>PhoneCard</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="178"/>
        <source>Contact card for the client&apos;s phone</source>
        <translation>Fiche de contact pour le téléphone du client</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="67"/>
        <source>&amp;Look in:</source>
        <extracomment>Each language named in itself, as the menu shows it.</extracomment>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="68"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="69"/>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="70"/>
        <source>Do you want to replace it?</source>
        <translation>Voulez-vous le remplacer ?</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="71"/>
        <source>Directory not found.</source>
        <translation>Dossier introuvable.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="72"/>
        <source>Please verify the correct directory name was given.</source>
        <translation>Vérifiez que le nom de dossier donné est correct.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="73"/>
        <source>File not found.</source>
        <translation>Fichier introuvable.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="74"/>
        <source>Please verify the correct file name was given.</source>
        <translation>Vérifiez que le nom de fichier donné est correct.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="75"/>
        <source>&apos;%1&apos; is write protected.</source>
        <translation>« %1 » est protégé en écriture.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/i18n.py" line="76"/>
        <source>Do you want to delete it anyway?</source>
        <translation>Voulez-vous quand même le supprimer ?</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="284"/>
        <source>New record</source>
        <extracomment>The tables of a record and their columns, in the record&apos;s own names. A fixed Monday for the week preview (legal holidays play no part in it). The record was saved: its id and a sentence for the status bar. The window&apos;s session (core/session.py): its gazetteer, its checks, its save. The dialog showing another counter&apos;s change beside this one, when there was one.</extracomment>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="285"/>
        <source>Edit record: %1</source>
        <translation>Modifier la fiche&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="290"/>
        <source>Parts of the record</source>
        <translation>Parties de la fiche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="302"/>
        <source>Problems to fix before saving</source>
        <translation>Problèmes à corriger avant d&apos;enregistrer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="307"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="308"/>
        <source>Save the record</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="311"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="312"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="372"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="373"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="373"/>
        <source>as the source gives it</source>
        <translation>tel que donné par la source</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="375"/>
        <source>Record id</source>
        <translation>Identifiant de la fiche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="379"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="379"/>
        <source>who runs it</source>
        <translation>qui gère ce service</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="386"/>
        <source>Kind: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="391"/>
        <source>Main kind (listed first)</source>
        <translation>Type principal (affiché en premier)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="392"/>
        <source>The main kind is listed first</source>
        <translation>Le type principal est affiché en premier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="395"/>
        <source>main:</source>
        <translation>principal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="399"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="404"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="408"/>
        <source>Warning for staff</source>
        <translation>Avertissement pour le personnel</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="409"/>
        <source>a doubt staff must see, e.g. funding ended?</source>
        <translation>un doute que le personnel doit voir, p.&#xa0;ex. financement terminé&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="410"/>
        <source>Its own sources say this offer may have ended</source>
        <translation>Ses propres sources disent que cette offre s&apos;est peut-être arrêtée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="411"/>
        <source>May have ended</source>
        <translation>Peut-être arrêtée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="413"/>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="413"/>
        <source>as stated, e.g. iedereen</source>
        <translation>tel qu&apos;indiqué, p.&#xa0;ex. tout le monde</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="414"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="414"/>
        <source>itsme; smartphone; belastingen</source>
        <translation>itsme; smartphone; impôts</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="417"/>
        <source>Made from the name; you may type another. It never changes once saved.</source>
        <translation>Créé à partir du nom&#xa0;; vous pouvez en saisir un autre. Il ne change plus une fois enregistré.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="419"/>
        <source>The id never changes.</source>
        <translation>L&apos;identifiant ne change jamais.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="426"/>
        <source>Only when the record&apos;s own sources say so (funding not extended, a pilot, a project with an end date); say why in “Warning for staff”. Staff see it; a client is told to call first.</source>
        <translation>Seulement si les propres sources de la fiche le disent (financement non prolongé, projet pilote, projet avec une date de fin)&#xa0;; dites pourquoi dans «&#xa0;Avertissement pour le personnel&#xa0;». Le personnel le voit&#xa0;; on conseille au client d&apos;appeler d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="432"/>
        <source>Separate topics with a semicolon (;).</source>
        <translation>Séparez les thèmes par un point-virgule (;).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="435"/>
        <source>&amp;Where</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="436"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="439"/>
        <source>Add address</source>
        <translation>Ajouter une adresse</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="440"/>
        <source>Remove address</source>
        <translation>Supprimer l&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="442"/>
        <source>A postcode or a municipality is enough; coordinates only when measured for this address.</source>
        <translation>Un code postal ou une commune suffit&#xa0;; des coordonnées seulement si elles ont été mesurées pour cette adresse.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="446"/>
        <source>Service area</source>
        <translation>Zone couverte</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="449"/>
        <source>Kind of area to add</source>
        <translation>Type de zone à ajouter</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="454"/>
        <source>Region to add</source>
        <translation>Région à ajouter</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="458"/>
        <source>Province or municipality to add</source>
        <translation>Province ou commune à ajouter</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="459"/>
        <source>e.g. Gent, or West-Vlaanderen</source>
        <translation>p.&#xa0;ex. Gent, ou West-Vlaanderen</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="461"/>
        <source>Add area</source>
        <translation>Ajouter la zone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="462"/>
        <source>Add this area to the service area</source>
        <translation>Ajouter cette zone à la zone couverte</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="465"/>
        <source>Remove area</source>
        <translation>Supprimer la zone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="466"/>
        <source>Remove the selected area</source>
        <translation>Supprimer la zone sélectionnée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="485"/>
        <source>For help that is not tied to an address (helplines, schemes): where it serves.</source>
        <translation>Pour une aide qui n&apos;est pas liée à une adresse (lignes d&apos;aide, dispositifs)&#xa0;: la zone où elle est proposée.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="498"/>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="499"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="502"/>
        <source>Add phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="502"/>
        <source>Remove phone</source>
        <translation>Supprimer le téléphone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="504"/>
        <source>As printed on the source, e.g. 050 12 34 56; short numbers such as 1700 are fine.</source>
        <translation>Tel qu&apos;imprimé sur la source, p.&#xa0;ex. 050 12 34 56&#xa0;; les numéros courts comme 1700 sont acceptés.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="506"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="507"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="512"/>
        <source>&amp;Hours</source>
        <translation>&amp;Horaires</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="513"/>
        <source>Weekly hours</source>
        <translation>Horaire hebdomadaire</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="516"/>
        <source>Week preview</source>
        <translation>Aperçu de la semaine</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="524"/>
        <source>Days Mo Tu We Th Fr Sa Su; windows with a comma, days with a semicolon. Only when the source gives a weekly pattern.</source>
        <translation>Jours Mo Tu We Th Fr Sa Su (lundi à dimanche)&#xa0;; plages horaires séparées par une virgule, jours par un point-virgule. Seulement si la source donne un horaire hebdomadaire.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="526"/>
        <source>Hours as the source gave them</source>
        <translation>Horaires tels que donnés par la source</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="527"/>
        <source>e.g. dinsdag 14-16.30 uur</source>
        <translation>p.&#xa0;ex. mardi 14h-16h30</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="530"/>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="533"/>
        <source>Open on legal holidays</source>
        <translation>Ouvert les jours fériés</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="532"/>
        <source>As usual: closed, except a line open day and night</source>
        <translation>Comme d&apos;habitude&#xa0;: fermé, sauf une ligne joignable jour et nuit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="534"/>
        <source>Closed on legal holidays</source>
        <translation>Fermé les jours fériés</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="538"/>
        <source>Closed in school holidays</source>
        <translation>Fermé pendant les vacances scolaires</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="543"/>
        <source>Dated exceptions</source>
        <translation>Exceptions datées</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="545"/>
        <source>Add exception</source>
        <translation>Ajouter une exception</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="546"/>
        <source>Remove exception</source>
        <translation>Supprimer l&apos;exception</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="548"/>
        <source>A date (YYYY-MM-DD) without times: closed that day. With both times: an extra session.</source>
        <translation>Une date (AAAA-MM-JJ) sans heures&#xa0;: fermé ce jour-là. Avec les deux heures&#xa0;: une séance supplémentaire.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="552"/>
        <source>&amp;Access &amp;&amp; cost</source>
        <translation>&amp;Accès &amp;&amp; coût</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="560"/>
        <source>Way in: %1</source>
        <translation>Accès&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="569"/>
        <source>To bring: %1</source>
        <translation>À apporter&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="573"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="574"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="574"/>
        <source>free, or the cost as stated</source>
        <translation>free, ou le coût tel qu&apos;indiqué</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="578"/>
        <source>Only what a source says.</source>
        <translation>Uniquement ce que dit une source.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="580"/>
        <source>Language codes the help is given in, separated by commas.</source>
        <translation>Codes des langues dans lesquelles l&apos;aide est donnée, séparés par des virgules.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="582"/>
        <source>Write “free” when it is free; leave empty when nobody said.</source>
        <translation>Écrivez «&#xa0;free&#xa0;» (ou «&#xa0;gratis&#xa0;») si c&apos;est gratuit&#xa0;; laissez vide si rien n&apos;est indiqué.</translation>
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
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="591"/>
        <source>Remove source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="593"/>
        <source>Every page or document a fact was read on, with its date.</source>
        <translation>Chaque page ou document où une information a été lue, avec sa date.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="594"/>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="595"/>
        <source>Checked &amp;today</source>
        <translation>&amp;Vérifiée aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="597"/>
        <source>Checked today: set the last-checked date to today</source>
        <translation>Vérifiée aujourd&apos;hui&#xa0;: fixer la date de dernière vérification à aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="606"/>
        <source>When a person last checked these facts (a record not checked for 12 months shows “call first”).</source>
        <translation>Date à laquelle une personne a vérifié ces informations pour la dernière fois (une fiche non vérifiée depuis 12 mois affiche «&#xa0;appelez d&apos;abord&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="761"/>
        <source>No weekly hours: the program says “hours not known — call first”.</source>
        <translation>Pas d&apos;horaire hebdomadaire&#xa0;: le programme affiche «&#xa0;horaires inconnus — appelez d&apos;abord&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="767"/>
        <source>The week appears here when the hours make sense.</source>
        <translation>La semaine s&apos;affiche ici quand les horaires sont cohérents.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="773"/>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="814"/>
        <source>Type a name first.</source>
        <translation>Saisissez d&apos;abord un nom.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="822"/>
        <source>Which one? %1</source>
        <translation>Laquelle&#xa0;? %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="830"/>
        <source>This area is already in the list.</source>
        <translation>Cette zone figure déjà dans la liste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1032"/>
        <source>%n problem(s) to fix before saving: %1</source>
        <translation>
            <numerusform>%n problème à corriger avant d&apos;enregistrer&#xa0;: %1</numerusform>
            <numerusform>%n problèmes à corriger avant d&apos;enregistrer&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1034"/>
        <source>Fix the problems listed first.</source>
        <translation>Corrigez d&apos;abord les problèmes listés.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1036"/>
        <source>No problems: ready to save.</source>
        <translation>Aucun problème&#xa0;: prêt à enregistrer.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1077"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1079"/>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1115"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1109"/>
        <source>Not saved: another counter changed this record meanwhile.</source>
        <translation>Non enregistrée&#xa0;: un autre guichet a modifié cette fiche entre-temps.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1116"/>
        <source>The editor stays open: save again when the store can be written.</source>
        <translation>L&apos;éditeur reste ouvert&#xa0;: enregistrez à nouveau quand le stockage peut être écrit.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1087"/>
        <source>Nothing changed in “%1”.</source>
        <translation>Aucune modification dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1089"/>
        <source>Added “%1”.</source>
        <translation>Fiche «&#xa0;%1&#xa0;» ajoutée.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/editor.py" line="1091"/>
        <source>Saved “%1” (%2).</source>
        <translation>Fiche «&#xa0;%1&#xa0;» enregistrée (%2).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="280"/>
        <source>Restore a retired record</source>
        <translation>Restaurer une fiche retirée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="283"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="283"/>
        <source>Record id</source>
        <translation>Identifiant de la fiche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="283"/>
        <source>Retired</source>
        <translation>Retirée le</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="284"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="290"/>
        <source>Retired records</source>
        <translation>Fiches retirées</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="292"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="292"/>
        <source>Restore the selected record</source>
        <translation>Restaurer la fiche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="294"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="294"/>
        <source>Close this list</source>
        <translation>Fermer cette liste</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="312"/>
        <source>No record is retired.</source>
        <translation>Aucune fiche n&apos;est retirée.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="226"/>
        <source>Name</source>
        <extracomment>``opening_of(service_id, when) -&gt; core.opening.Opening``; None shows no status. ``place_name(postcode, name) -&gt; str``: a place as the staff&apos;s language names it (the window asks the gazetteer: &quot;Bruxelles&quot; in French); None: as the catalogue has it. The search&apos;s SearchResult (did_you_mean, partial_words...), or None.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="226"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="226"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="226"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="227"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="247"/>
        <source>without %1</source>
        <translation>sans %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="249"/>
        <source>for “%1”</source>
        <translation>pour « %1 »</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="300"/>
        <source>Partial match: the words %1 are not in this record.</source>
        <translation>Correspondance partielle : les mots %1 ne figurent pas dans cette fiche.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="303"/>
        <source>Found for “%1”, not for the words as typed.</source>
        <translation>Trouvé pour « %1 », pas pour les mots tels que tapés.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="311"/>
        <source>The street address is not known: only the place %1.</source>
        <translation>L&apos;adresse exacte n&apos;est pas connue&#xa0;: seulement la localité %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="316"/>
        <source>Approximate: measured to the postcode or municipality, not to the door.</source>
        <translation>Approximatif&#xa0;: mesuré jusqu&apos;au code postal ou à la commune, pas jusqu&apos;à la porte.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="319"/>
        <source>Kept because it serves this place (%1); no distance.</source>
        <translation>Affiché parce qu&apos;il dessert ce lieu (%1) ; pas de distance.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="329"/>
        <source>serves %1</source>
        <translation>couvre %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="332"/>
        <source>%1 (no street)</source>
        <translation>%1 (sans rue)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="340"/>
        <source>in %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="342"/>
        <location filename="../../einclusie_app/gui/results_view.py" line="192"/>
        <source>service area</source>
        <extracomment>Below this viewport width the kind column is hidden (its pictogram stays by the name). The place column takes at most this share of what &quot;now&quot; and &quot;distance&quot; leave. Room beside the name in its cell: the kind&apos;s pictogram and the margins, in pixels. The rows were painted (the window shows the details after it; bench/keystroke.py times &quot;results painted&quot; by it).</extracomment>
        <translation>zone desservie</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="235"/>
        <source>Retire a record</source>
        <translation>Retirer une fiche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="237"/>
        <source>Retire “%1”? It will no longer be shown at the counter. Undo it with “Undo last change”, in the change log, or with “Restore a retired record”.</source>
        <translation>Retirer «&#xa0;%1&#xa0;»&#xa0;? La fiche ne sera plus affichée au guichet. Vous pouvez l&apos;annuler avec «&#xa0;Annuler la dernière modification&#xa0;», dans le journal des modifications, ou avec «&#xa0;Restaurer une fiche retirée&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="242"/>
        <source>Why (a note for the change log)</source>
        <translation>Pourquoi (une note pour le journal des modifications)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="243"/>
        <source>why, e.g. stopped in 2025 (optional)</source>
        <translation>pourquoi, p.&#xa0;ex. arrêté en 2025 (facultatif)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="244"/>
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="246"/>
        <source>&amp;Retire</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="246"/>
        <source>Retire the record</source>
        <translation>Retirer la fiche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="248"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/lists.py" line="248"/>
        <source>Keep the record</source>
        <translation>Garder la fiche</translation>
    </message>
</context>
<context>
    <name>Round</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="46"/>
        <source>by phone</source>
        <extracomment>The distances the region can be widened to, in km (0: the home municipality only).</extracomment>
        <translation>par téléphone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="47"/>
        <source>a visit</source>
        <translation>une visite</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="48"/>
        <source>the web page</source>
        <translation>la page web</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="49"/>
        <source>by e-mail</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="57"/>
        <source>still right</source>
        <translation>toujours correct</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="58"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="59"/>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="60"/>
        <source>not a problem</source>
        <translation>pas un problème</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="68"/>
        <source>the whole catalogue</source>
        <translation>tout le catalogue</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="72"/>
        <source>%1 and %n municipalities within %2 km</source>
        <translation>%1 et %n commune(s) dans un rayon de %2 km</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="84"/>
        <source>%1 only</source>
        <translation>%1 seulement</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="86"/>
        <source>%1 and within %2 km</source>
        <translation>%1 et dans un rayon de %2 km</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="133"/>
        <source>Check round</source>
        <translation>Tournée de vérification</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="136"/>
        <source>Records a counter flagged come first, then those never checked, then the oldest. Call or look them up, then say what you found: each answer is logged with who checked and how, and can be undone.</source>
        <translation>D&apos;abord les fiches signalées par un guichet, puis celles jamais vérifiées, puis les plus anciennes. Appelez ou cherchez, puis dites ce que vous avez trouvé : chaque réponse est notée au journal, avec qui a vérifié et comment, et peut être annulée.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="142"/>
        <source>Which records: the region</source>
        <translation>Quelles fiches : la région</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="149"/>
        <source>The whole catalogue</source>
        <translation>Tout le catalogue</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="150"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="155"/>
        <source>The round began on</source>
        <translation>La tournée a commencé le</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="165"/>
        <source>Round be&amp;gan:</source>
        <translation>Tournée &amp;commencée le :</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="174"/>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="176"/>
        <source>Progress of the round</source>
        <translation>Avancement de la tournée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="180"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="180"/>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="180"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="181"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="181"/>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="182"/>
        <source>Reported at a counter</source>
        <translation>Signalé à un guichet</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="182"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="185"/>
        <source>Records of the round</source>
        <translation>Fiches de la tournée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="199"/>
        <source>How it was checked</source>
        <translation>Comment cela a été vérifié</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="200"/>
        <source>Checked ho&amp;w:</source>
        <translation>Vérifié c&amp;omment :</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="205"/>
        <source>Checked by (empty: the name of this counter)</source>
        <translation>Vérifié par (vide : le nom de ce guichet)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="206"/>
        <source>Checked &amp;by:</source>
        <translation>Vérifié &amp;par :</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="214"/>
        <source>&amp;Still right</source>
        <translation>&amp;Toujours correct</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="215"/>
        <source>The selected record is still right: checked today</source>
        <translation>La fiche sélectionnée est toujours correcte : vérifiée aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="217"/>
        <source>C&amp;hanged…</source>
        <translation>&amp;Modifié…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="218"/>
        <source>Correct the selected record: it is saved as checked today</source>
        <translation>Corriger la fiche sélectionnée : elle est enregistrée comme vérifiée aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="220"/>
        <source>&amp;Ended…</source>
        <translation>T&amp;erminé…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="221"/>
        <source>The selected offer has ended: retire it</source>
        <translation>L&apos;offre sélectionnée a pris fin : la retirer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="223"/>
        <source>&amp;Not a problem</source>
        <translation>Pas un pro&amp;blème</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="224"/>
        <source>Close the counters&apos; flags of the selected record without a check</source>
        <translation>Fermer les signalements des guichets pour la fiche sélectionnée sans vérification</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="226"/>
        <source>&amp;Print call list…</source>
        <translation>&amp;Imprimer la liste d&apos;appels…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="227"/>
        <source>Save the records still to check as a call list (PDF)</source>
        <translation>Enregistrer les fiches encore à vérifier comme liste d&apos;appels (PDF)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="229"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="229"/>
        <source>Close the check round</source>
        <translation>Fermer la tournée de vérification</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="240"/>
        <source>About the selected record</source>
        <translation>À propos de la fiche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="279"/>
        <source>Reading the check round…</source>
        <translation>Lecture de la tournée…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="289"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="290"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="291"/>
        <source>local</source>
        <translation>locale</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="291"/>
        <source>shipped</source>
        <translation>fournie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="305"/>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="471"/>
        <source>%1 of %n checked</source>
        <translation>
            <numerusform>%1 sur %n vérifiée</numerusform>
            <numerusform>%1 sur %n vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="309"/>
        <source>%n record(s) to check</source>
        <translation>
            <numerusform>%n fiche à vérifier</numerusform>
            <numerusform>%n fiches à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="324"/>
        <source>%1 on %2: %3, checked by %4</source>
        <translation>%1 le %2 : %3, vérifié par %4</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="359"/>
        <source>(“Undo last change” or the change log takes it back.)</source>
        <translation>(« Annuler la dernière modification » ou le journal l&apos;annule.)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="361"/>
        <source>Reported at a counter: %1</source>
        <translation>Signalé à un guichet : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="388"/>
        <source>Still right</source>
        <translation>Toujours correct</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="389"/>
        <source>“%1”: still right, checked today.</source>
        <translation>« %1 » : toujours correct, vérifié aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="416"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="416"/>
        <source>This record is retired or does not exist.</source>
        <translation>Cette fiche est retirée ou n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="440"/>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="441"/>
        <source>“%1” has ended: it is retired. “Undo last change” brings it back.</source>
        <translation>« %1 » a pris fin : la fiche est retirée. « Annuler la dernière modification » la ramène.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="450"/>
        <source>Not a problem</source>
        <translation>Pas un problème</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="451"/>
        <source>“%1”: the counters&apos; flags are closed.</source>
        <translation>« %1 » : les signalements des guichets sont fermés.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="461"/>
        <source>Save the call list</source>
        <translation>Enregistrer la liste d&apos;appels</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="487"/>
        <source>Saved the call list %1: %n record(s)</source>
        <translation>
            <numerusform>Liste d&apos;appels %1 enregistrée : %n fiche</numerusform>
            <numerusform>Liste d&apos;appels %1 enregistrée : %n fiches</numerusform>
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
        <translation>Pas enregistré</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="493"/>
        <source>The call list was not saved.</source>
        <translation>La liste d&apos;appels n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/maintainer/round.py" line="500"/>
        <source>Writing the call list…</source>
        <translation>Création de la liste d&apos;appels…</translation>
    </message>
</context>
<context>
    <name>SiteNotice</name>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="82"/>
        <source>it should be between 0 and 300 km</source>
        <translation>elle doit être entre 0 et 300 km</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="84"/>
        <source>unknown community days %1 (known: %2)</source>
        <translation>fêtes de communauté inconnues %1 (connues : %2)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="87"/>
        <source>unknown client language codes %1 (known: %2)</source>
        <translation>codes de langue client inconnus %1 (connus : %2)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="90"/>
        <source>the file %1 is not there, so the handout has no logo</source>
        <translation>le fichier %1 est absent, la feuille n&apos;a donc pas de logo</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="98"/>
        <source>%1: the site file does not exist; the defaults are used.</source>
        <translation>%1 : le fichier de paramètres n&apos;existe pas ; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="101"/>
        <source>%1 is not UTF-8 text; the defaults are used.</source>
        <translation>%1 n&apos;est pas du texte UTF-8 ; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="103"/>
        <source>%1 cannot be read as TOML (%2); the defaults are used.</source>
        <translation>%1 ne peut pas être lu comme TOML (%2) ; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="106"/>
        <source>%1: a value is nested too deeply to read; the defaults are used.</source>
        <translation>%1 : une valeur est trop imbriquée pour être lue ; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="109"/>
        <source>%1 cannot be read (%2); the defaults are used.</source>
        <translation>%1 ne peut pas être lu (%2) ; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="112"/>
        <source>%1: “%2” should be a [section]; it is ignored.</source>
        <translation>%1 : « %2 » doit être une [section] ; il est ignoré.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="115"/>
        <source>%1: there is no setting “%2”; it is ignored.</source>
        <translation>%1 : le paramètre « %2 » n&apos;existe pas ; il est ignoré.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="118"/>
        <source>%1: “%2” should be %3; the default (%4) is used.</source>
        <translation>%1 : « %2 » doit être %3 ; la valeur par défaut (%4) est utilisée.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="122"/>
        <source>%1: “%2”: %3; that key is left out.</source>
        <translation>%1 : « %2 » : %3 ; cette clé est écartée.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="125"/>
        <source>%1: “%2”: %3; the default (%4) is used.</source>
        <translation>%1 : « %2 » : %3 ; la valeur par défaut (%4) est utilisée.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="132"/>
        <source>text in quotes</source>
        <translation>du texte entre guillemets</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="133"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="134"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="135"/>
        <source>a list of texts in quotes, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>une liste de textes entre guillemets, p. ex. [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="136"/>
        <source>a file name in quotes, relative to the site file</source>
        <translation>un nom de fichier entre guillemets, relatif au fichier de paramètres</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="137"/>
        <source>a folder name in quotes, relative to the site file</source>
        <translation>un nom de dossier entre guillemets, relatif au fichier de paramètres</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/notices.py" line="138"/>
        <source>a list of public keys in quotes</source>
        <translation>une liste de clés publiques entre guillemets</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <location filename="../../einclusie_app/gui/speech.py" line="265"/>
        <source>Reading aloud is not available on this PC.</source>
        <translation>La lecture à voix haute n&apos;est pas disponible sur ce PC.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/speech.py" line="267"/>
        <source>This PC has no voice for %1.</source>
        <translation>Ce PC n&apos;a pas de voix pour %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/speech.py" line="260"/>
        <source>Checking the voice of this PC…</source>
        <extracomment>How long the speech service may take to greet us before it counts as not answering. Client language code → QLocale language of the voice (plain Dutch uses a Dutch voice). Engines that go through a local speech service that can hang (and that logs).</extracomment>
        <translation>Vérification de la voix de ce PC…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/speech.py" line="263"/>
        <source>Reading aloud is off on this PC (its speech service keeps a log).</source>
        <translation>La lecture à voix haute est désactivée sur ce PC (son service vocal tient un journal).</translation>
    </message>
</context>
<context>
    <name>StoreWatch</name>
    <message>
        <location filename="../../einclusie_app/gui/store_watch.py" line="62"/>
        <source>Local store busy: trying again…</source>
        <extracomment>Milliseconds between two tries. How many tries found the store still busy.</extracomment>
        <translation>Stockage local occupé&#xa0;: nouvel essai…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/store_watch.py" line="74"/>
        <source>The local store is free again: this municipality&apos;s own records are shown.</source>
        <translation>Le stockage local est de nouveau libre&#xa0;: les fiches propres à cette commune sont affichées.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/store_watch.py" line="125"/>
        <source>Local store damaged</source>
        <translation>Stockage local endommagé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/store_watch.py" line="126"/>
        <source>Catalogue update not used</source>
        <translation>Mise à jour du catalogue non utilisée</translation>
    </message>
</context>
<context>
    <name>_Flagger</name>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="74"/>
        <source>This is not &amp;right…</source>
        <translation>Signaler une &amp;erreur…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="76"/>
        <location filename="../../einclusie_app/gui/flag.py" line="117"/>
        <source>Say what is wrong with the selected record (for the maintainer)</source>
        <translation>Dire ce qui ne va pas avec la fiche sélectionnée (pour le gestionnaire)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="106"/>
        <source>The catalogue is still loading.</source>
        <translation>Le catalogue est encore en cours de chargement.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="108"/>
        <source>Not available: no local store is open here, so nothing can be noted (see the status bar).</source>
        <translation>Indisponible : aucun stockage local n&apos;est ouvert ici, rien ne peut donc être signalé (voir la barre d&apos;état).</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="111"/>
        <source>Choose a result first.</source>
        <translation>Choisissez d&apos;abord un résultat.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="141"/>
        <source>Thank you: “%1” is noted as not right (%2). The maintainer will check it; until then staff see it in the details.</source>
        <translation>Merci : « %1 » est signalé comme incorrect (%2). Le gestionnaire va vérifier ; en attendant, le personnel le voit dans les détails.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="156"/>
        <location filename="../../einclusie_app/gui/flag.py" line="177"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/flag.py" line="167"/>
        <source>The flag is withdrawn.</source>
        <translation>Le signalement est retiré.</translation>
    </message>
</context>
</TS>
