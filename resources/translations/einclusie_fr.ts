<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="14" />
        <source>About E-inclusie Wegwijzer</source>
        <translation>À propos d'E-inclusie Wegwijzer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="18" />
        <source>About and credits</source>
        <translation>À propos et crédits</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/about.py" line="21" />
        <source>E-inclusie Wegwijzer %1 — finds digital help for a client, offline.</source>
        <translation>E-inclusie Wegwijzer %1 — trouve de l'aide numérique pour un client, hors ligne.</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="38" />
        <source>Hours unknown</source>
        <extracomment>A status older than this is computed again (the clock moves).</extracomment>
        <translation>Horaires inconnus</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="40" />
        <source>Call now</source>
        <translation>Appelez maintenant</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="40" />
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="42" />
        <source>Closes in %1 min</source>
        <translation>Ferme dans %1 min</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="44" />
        <source>Call until %1</source>
        <translation>Joignable jusqu'à %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="44" />
        <source>Open until %1</source>
        <translation>Ouvert jusqu'à %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="47" />
        <source>Call from %1</source>
        <translation>Joignable dès %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="47" />
        <source>Opens %1</source>
        <translation>Ouvre à %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="50" />
        <source>Closed today (holiday)</source>
        <translation>Fermé aujourd'hui (jour férié)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="54" />
        <source>Closed · %1 %2</source>
        <translation>Fermé · %1 %2</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="56" />
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
</context>
<context>
    <name>BasketPanel</name>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="29" />
        <source>For this client</source>
        <translation>Pour ce client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="31" />
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="32" />
        <source>Move up in the basket</source>
        <translation>Monter dans le panier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="33" />
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="34" />
        <source>Move down in the basket</source>
        <translation>Descendre dans le panier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="35" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="36" />
        <source>Remove from the basket</source>
        <translation>Retirer du panier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="37" />
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="38" />
        <source>Print the page for the client</source>
        <translation>Imprimer la page pour le client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="39" />
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="40" />
        <source>Save the page for the client as PDF</source>
        <translation>Enregistrer la page pour le client en PDF</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/basket.py" line="94" />
        <source>For this client: %1 of %2</source>
        <translation>Pour ce client : %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="157" />
        <source>Choose the client's language</source>
        <extracomment>Client languages the site wants first in the picker.</extracomment>
        <translation>Choisir la langue du client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="161" />
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="162" />
        <source>Make the client's text smaller</source>
        <translation>Réduire le texte affiché pour le client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="165" />
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="166" />
        <source>Make the client's text larger</source>
        <translation>Agrandir le texte affiché pour le client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="169" />
        <location filename="../../einclusie_app/gui/client_view.py" line="170" />
        <location filename="../../einclusie_app/gui/client_view.py" line="229" />
        <source>Read aloud</source>
        <translation>Lire à voix haute</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="172" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="173" />
        <source>Back to the details</source>
        <translation>Retour aux détails</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="176" />
        <source>Read aloud status</source>
        <translation>État de la lecture à voix haute</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="229" />
        <source>No voice</source>
        <translation>Pas de voix</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="234" />
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
</context>
<context>
    <name>ClientScreen</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="243" />
        <source>E-inclusie Wegwijzer — for the client</source>
        <translation>E-inclusie Wegwijzer — pour le client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="244" />
        <source>Client screen</source>
        <translation>Écran client</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="107" />
        <source>Client view</source>
        <translation>Vue client</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="24" />
        <source>Details of the selected help</source>
        <translation>Détails de l'aide sélectionnée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="28" />
        <source>Choose a result to see everything about it.</source>
        <translation>Choisissez un résultat pour en voir tous les détails.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="38" />
        <location filename="../../einclusie_app/gui/detail.py" line="122" />
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="44" />
        <source>Warning:</source>
        <translation>Attention :</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="46" />
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="49" />
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="51" />
        <source>Last checked %1 — more than 12 months ago or unknown. Call first.</source>
        <translation>Dernière vérification : %1 — il y a plus de 12 mois ou date inconnue. Appelez d'abord.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="68" />
        <source>address not known — in %1</source>
        <translation>adresse inconnue — à %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="71" />
        <source>serves: %1</source>
        <translation>zone couverte : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="73" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="76" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="77" />
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="78" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="79" />
        <source>Hours (as the source gave them)</source>
        <translation>Horaires (tels que donnés par la source)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="80" />
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="81" />
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="82" />
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="83" />
        <source>How to get in</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="85" />
        <source>What to bring</source>
        <translation>À apporter</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="87" />
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="88" />
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="91" />
        <source>(old)</source>
        <translation>(obsolète)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="92" />
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="95" />
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="97" />
        <source>partly inferred</source>
        <translation>en partie déduit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="101" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="106" />
        <source>Record id: %1</source>
        <translation>Identifiant de la fiche : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="115" />
        <source>Opening hours not known as a weekly schedule: call first.</source>
        <translation>Pas d'horaire hebdomadaire connu : appelez d'abord.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="120" />
        <source>closed (%1)</source>
        <translation>fermé (%1)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="124" />
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="128" />
        <source>today</source>
        <translation>aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/detail.py" line="135" />
        <source>Closed on: %1</source>
        <translation>Jours de fermeture : %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="14" />
        <source>Help point</source>
        <translation>Point d'aide</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="15" />
        <source>Device loan</source>
        <translation>Prêt d'appareils</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="16" />
        <source>Helpline</source>
        <translation>Ligne d'aide</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="17" />
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="23" />
        <source>walk in</source>
        <translation>sans rendez-vous</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="24" />
        <source>by appointment</source>
        <translation>sur rendez-vous</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="25" />
        <source>only via a social worker or organisation</source>
        <translation>uniquement via un assistant social ou une organisation</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="26" />
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="27" />
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="28" />
        <source>home visit</source>
        <translation>visite à domicile</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="34" />
        <source>identity card (eID)</source>
        <translation>carte d'identité (eID)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="35" />
        <source>PIN code of the identity card</source>
        <translation>code PIN de la carte d'identité</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="36" />
        <source>own smartphone</source>
        <translation>son propre GSM (smartphone)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="37" />
        <source>own laptop or tablet</source>
        <translation>son propre ordinateur portable ou sa tablette</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="38" />
        <source>bank card and card reader</source>
        <translation>carte bancaire et lecteur de carte</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="39" />
        <source>the letter or e-mail received</source>
        <translation>le courrier ou l'e-mail reçu</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="40" />
        <source>login details (itsme, passwords)</source>
        <translation>identifiants de connexion (itsme, mots de passe)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="41" />
        <source>proof of income</source>
        <translation>preuve de revenus</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="42" />
        <source>letter from the social worker</source>
        <translation>lettre de l'assistant social</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="48" />
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="49" />
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="50" />
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="51" />
        <source>temporarily closed</source>
        <translation>fermé temporairement</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="56" />
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="56" />
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="56" />
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="57" />
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="57" />
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="57" />
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="58" />
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="62" />
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="62" />
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="62" />
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="63" />
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="63" />
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="63" />
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/labels.py" line="64" />
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../einclusie_app/gui/client_view.py" line="38" />
        <location filename="../../einclusie_app/gui/client_view.py" line="41" />
        <source>I speak…</source>
        <translation>Je parle…</translation>
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
        <translation>De quoi le client a-t-il besoin ? p. ex. itsme, prêt ordinateur, carte perdue</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="66" />
        <source>Search words</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="70" />
        <source>Postcode or place</source>
        <translation>Code postal ou localité</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="71" />
        <source>Place: postcode, municipality or district</source>
        <translation>Lieu : code postal, commune ou section de commune</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="80" />
        <source>Distance around the place</source>
        <translation>Distance autour du lieu</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="82" />
        <source>within %1 km</source>
        <translation>jusqu'à %1 km</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="94" />
        <source>Only %1</source>
        <translation>Uniquement : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="95" />
        <source>Show only this kind of help (several can be on)</source>
        <translation>Afficher uniquement ce type d'aide (plusieurs choix possibles)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="100" />
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="101" />
        <source>Only free of charge</source>
        <translation>Uniquement gratuit</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="103" />
        <source>Language the help is given in</source>
        <translation>Langue dans laquelle l'aide est donnée</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="104" />
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="108" />
        <source>How the client gets in</source>
        <translation>Comment le client y accède</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="109" />
        <source>Any way in</source>
        <translation>Tout mode d'accès</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="117" />
        <source>Open now</source>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="118" />
        <source>Only what is open or can be called now</source>
        <translation>Uniquement ce qui est ouvert ou joignable maintenant</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="119" />
        <source>Open at:</source>
        <translation>Ouvert le :</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="120" />
        <source>Only what is open at a chosen day and time</source>
        <translation>Uniquement ce qui est ouvert au jour et à l'heure choisis</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="122" />
        <source>Day and time to check</source>
        <translation>Jour et heure à vérifier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="127" />
        <source>Open first</source>
        <translation>Ouverts en premier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="128" />
        <source>Show what is open first</source>
        <translation>Afficher d'abord ce qui est ouvert</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="139" />
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="167" />
        <source>Loading the catalogue…</source>
        <translation>Chargement du catalogue…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="168" />
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="227" />
        <source>&amp;File</source>
        <extracomment>The counter's name for the handout, from the site settings.</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="228" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="232" />
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="233" />
        <source>&amp;New client</source>
        <translation>&amp;Nouveau client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="237" />
        <source>&amp;Add to the basket (for this client)</source>
        <translation>&amp;Ajouter au panier (pour ce client)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="241" />
        <source>&amp;Print the page for the client…</source>
        <translation>&amp;Imprimer la page pour le client…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="245" />
        <source>Save the page as P&amp;DF…</source>
        <translation>Enregistrer la page en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="249" />
        <source>&amp;Show to the client…</source>
        <translation>&amp;Montrer au client…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="253" />
        <source>Client's &amp;language…</source>
        <translation>&amp;Langue du client…</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="257" />
        <source>Client &amp;screen (second monitor)</source>
        <translation>Écran &amp;client (deuxième moniteur)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="261" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="262" />
        <source>Interface &amp;language</source>
        <translation>&amp;Langue du programme</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="270" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="271" />
        <source>&amp;About E-inclusie Wegwijzer</source>
        <translation>À &amp;propos d'E-inclusie Wegwijzer</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="296" />
        <source>The catalogue could not be opened: %1</source>
        <translation>Impossible d'ouvrir le catalogue : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="315" />
        <source>Site settings: %1</source>
        <translation>Réglages du site : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/main_window.py" line="425" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="426" />
        <source>No help found. Try fewer words, another place or a larger distance.</source>
        <translation>Aucune aide trouvée. Essayez avec moins de mots, un autre lieu ou une distance plus grande.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="443" />
        <source>Place: %1 (did you mean this?)</source>
        <translation>Lieu : %1 (vouliez-vous dire celui-ci ?)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="444" />
        <source>Near %1</source>
        <translation>Près de %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="446" />
        <source>Which place? %1</source>
        <translation>Quel lieu ? %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="449" />
        <source>Place not known. Closest: %1</source>
        <translation>Lieu inconnu. Noms proches : %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="451" />
        <source>Place not known.</source>
        <translation>Lieu inconnu.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="482" />
        <location filename="../../einclusie_app/gui/main_window.py" line="540" />
        <source>Choose a result first.</source>
        <translation>Choisissez d'abord un résultat.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="532" />
        <source>Already in the basket, or the basket is full.</source>
        <translation>Déjà dans le panier, ou le panier est plein.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="571" />
        <source>Save the page for the client</source>
        <translation>Enregistrer la page pour le client</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="577" />
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message numerus="yes">
        <location filename="../../einclusie_app/gui/main_window.py" line="579" />
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 enregistré (%n page).</numerusform>
            <numerusform>%1 enregistré (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/main_window.py" line="595" />
        <source>New client: everything of the last client is gone.</source>
        <translation>Nouveau client : tout ce qui concernait le client précédent est effacé.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="102" />
        <source>Name</source>
        <extracomment>``opening_of(service_id, when) -&gt; core.opening.Opening``; None shows no status.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="102" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="102" />
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="102" />
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="103" />
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="143" />
        <source>The street address is not known: only the place %1.</source>
        <translation>L'adresse exacte n'est pas connue : seulement la localité %1.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="146" />
        <source>Approximate: measured to the postcode or municipality, not to the door.</source>
        <translation>Approximatif : mesuré jusqu'au code postal ou à la commune, pas jusqu'à la porte.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="158" />
        <source>serves %1</source>
        <translation>couvre %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="161" />
        <source>%1 (no street)</source>
        <translation>%1 (sans rue)</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="165" />
        <source>in %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/models.py" line="167" />
        <source>phone / area</source>
        <translation>téléphone / zone</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <location filename="../../einclusie_app/gui/speech.py" line="85" />
        <source>Reading aloud is not available on this PC.</source>
        <extracomment>Client language code → QLocale language of the voice (plain Dutch uses a Dutch voice).</extracomment>
        <translation>La lecture à voix haute n'est pas disponible sur ce PC.</translation>
    </message>
    <message>
        <location filename="../../einclusie_app/gui/speech.py" line="87" />
        <source>This PC has no voice for %1.</source>
        <translation>Ce PC n'a pas de voix pour %1.</translation>
    </message>
</context>
</TS>