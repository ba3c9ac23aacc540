<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Cli</name>
    <message>
        <source>Usage: sendtrix-cli [--db PATH] COMMAND

Commands:
  contacts add --email E [--first-name F] [--last-name L] [--company C]
  contacts list [--json]
  contacts search QUERY [--json]
  contacts count
  lists create NAME
  lists add-member NAME --email E
  lists show NAME [--json]

Options:
  --db PATH    the store to use (default: the app&apos;s own store, %1)
  --version    print the version
  --help       print this help
</source>
        <translation>Gebruik: sendtrix-cli [--db PATH] COMMAND

Opdrachten:
  contacts add --email E [--first-name F] [--last-name L] [--company C]
  contacts list [--json]
  contacts search QUERY [--json]
  contacts count
  lists create NAME
  lists add-member NAME --email E
  lists show NAME [--json]

Opties:
  --db PATH    het te gebruiken gegevensbestand (standaard: het eigen gegevensbestand van de app, %1)
  --version    de versie tonen
  --help       deze hulp tonen
</translation>
    </message>
    <message>
        <source>Run “sendtrix-cli --help” for the commands.</source>
        <translation>Voer “sendtrix-cli --help” uit om de opdrachten te zien.</translation>
    </message>
    <message>
        <source>The store to use.</source>
        <translation>Het te gebruiken gegevensbestand.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Hulp tonen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Versie tonen.</translation>
    </message>
    <message>
        <source>“%1” needs a subcommand.</source>
        <translation>“%1” heeft een subopdracht nodig.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Uitvoer als JSON.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-mailadres.</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>Voornaam.</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Achternaam.</translation>
    </message>
    <message>
        <source>Company.</source>
        <translation>Bedrijf.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Onbekende opdracht “%1”.</translation>
    </message>
    <message>
        <source>“%1” takes no further arguments.</source>
        <translation>“%1” accepteert geen verdere argumenten.</translation>
    </message>
    <message>
        <source>“%1” needs exactly one argument.</source>
        <translation>“%1” heeft precies één argument nodig.</translation>
    </message>
    <message>
        <source>“contacts add” needs --email.</source>
        <translation>“contacts add” heeft --email nodig.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 toegevoegd.</translation>
    </message>
    <message>
        <source>The contacts could not be read from the store.</source>
        <translation>De contacten konden niet uit het gegevensbestand worden gelezen.</translation>
    </message>
    <message>
        <source>Created the list “%1”.</source>
        <translation>Lijst “%1” aangemaakt.</translation>
    </message>
    <message>
        <source>“lists add-member” needs --email.</source>
        <translation>“lists add-member” heeft --email nodig.</translation>
    </message>
    <message>
        <source>There is no list called “%1”.</source>
        <translation>Er is geen lijst met de naam “%1”.</translation>
    </message>
    <message>
        <source>There is no contact with the e-mail address “%1”. Add it first with “contacts add”.</source>
        <translation>Er is geen contact met het e-mailadres “%1”. Voeg het eerst toe met “contacts add”.</translation>
    </message>
    <message>
        <source>Added %1 to “%2”.</source>
        <translation>%1 toegevoegd aan “%2”.</translation>
    </message>
    <message>
        <source>%1 was already in “%2”.</source>
        <translation>%1 stond al in “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n contact)</numerusform>
            <numerusform>%1 (%n contacten)</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no Sendtrix store at “%1”. Check the path (--db), or add a contact first to create one.</source>
        <translation>Er is geen Sendtrix-gegevensbestand op “%1”. Controleer het pad (--db), of voeg eerst een contact toe om er een aan te maken.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>E-mail address *</source>
        <translation>E-mailadres *</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>customer, fair 2026</source>
        <translation>klant, beurs 2026</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>Scheid tags met komma’s.</translation>
    </message>
    <message>
        <source>Notes and custom fields</source>
        <translation>Notities en eigen velden</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Eigen velden</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Veld toevoegen</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Veld verwijderen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>All contacts</source>
        <translation>Alle contacten</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n contact(s)</source>
        <translation>
            <numerusform>%1: %n contact</numerusform>
            <numerusform>%1: %n contacten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>%1 is already in your contacts as “%2”. Open that contact to change it.</source>
        <translation>%1 staat al in je contacten als “%2”. Open dat contact om het te wijzigen.</translation>
    </message>
    <message>
        <source>This contact no longer exists (it may have been deleted), so the change was not saved.</source>
        <translation>Dit contact bestaat niet meer (misschien is het verwijderd), dus de wijziging is niet opgeslagen.</translation>
    </message>
    <message>
        <source>%1 cannot be brought back: %2</source>
        <translation>%1 kan niet worden teruggezet: %2</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>No contacts match “%1”</source>
        <translation>Geen contacten gevonden voor “%1”</translation>
    </message>
    <message>
        <source>Search looks at names, e-mail addresses, companies and cities. Try fewer or shorter words.</source>
        <translation>Er wordt gezocht in namen, e-mailadressen, bedrijven en plaatsen. Probeer minder of kortere woorden.</translation>
    </message>
    <message>
        <source>This list is empty</source>
        <translation>Deze lijst is leeg</translation>
    </message>
    <message>
        <source>Select All contacts, then drag contacts onto this list, or right-click them and choose Add to list.</source>
        <translation>Kies Alle contacten en sleep contacten naar deze lijst, of klik er met de rechtermuisknop op en kies Aan lijst toevoegen.</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Nog geen contacten</translation>
    </message>
    <message>
        <source>Add your first contact to start building your mailing lists.</source>
        <translation>Voeg je eerste contact toe om je mailinglijsten op te bouwen.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 toegevoegd.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s). Press %1 to undo.</source>
        <translation>
            <numerusform>%n contact verwijderd. Druk op %1 om dit ongedaan te maken.</numerusform>
            <numerusform>%n contacten verwijderd. Druk op %1 om dit ongedaan te maken.</numerusform>
        </translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Nieuw contact…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Copy e-mail address</source>
        <translation>E-mailadres kopiëren</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>Aan lijst toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n contact(s) to “%1”.</source>
        <translation>
            <numerusform>%n contact toegevoegd aan “%1”.</numerusform>
            <numerusform>%n contacten toegevoegd aan “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>Nieuwe lijst…</translation>
    </message>
    <message>
        <source>Remove from “%1”</source>
        <translation>Verwijderen uit “%1”</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Uit lijst verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>%n contact verwijderen</numerusform>
            <numerusform>%n contacten verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name, e-mail, company or city</source>
        <translation>Zoek op naam, e-mail, bedrijf of plaats</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <source>Add a contact (%1)</source>
        <translation>Contact toevoegen (%1)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected contacts (you can undo this)</source>
        <translation>De geselecteerde contacten verwijderen (je kunt dit ongedaan maken)</translation>
    </message>
    <message>
        <source>Add your first contact</source>
        <translation>Voeg je eerste contact toe</translation>
    </message>
</context>
<context>
    <name>DeleteContactsCommand</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>%n contact verwijderen</numerusform>
            <numerusform>%n contacten verwijderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>Het e-mailadres is leeg.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: the @ is missing.</source>
        <translation>“%1” is geen e-mailadres: de @ ontbreekt.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: nothing comes before the @.</source>
        <translation>“%1” is geen e-mailadres: er staat niets vóór de @.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: the part before the @ contains a space or a character that is not allowed.</source>
        <translation>“%1” is geen e-mailadres: het deel vóór de @ bevat een spatie of een teken dat niet is toegestaan.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: the domain after the @ is missing.</source>
        <translation>“%1” is geen e-mailadres: het domein na de @ ontbreekt.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: “%2” is not a valid domain name.</source>
        <translation>“%1” is geen e-mailadres: “%2” is geen geldige domeinnaam.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address that can receive mail: the domain “%2” has no ending such as .nl or .com.</source>
        <translation>“%1” is geen e-mailadres dat mail kan ontvangen: het domein “%2” heeft geen extensie zoals .nl of .com.</translation>
    </message>
</context>
<context>
    <name>ListRepository</name>
    <message>
        <source>A list needs a name.</source>
        <translation>Een lijst moet een naam hebben.</translation>
    </message>
    <message>
        <source>A list name can be at most 200 characters long.</source>
        <translation>Een lijstnaam mag maximaal 200 tekens lang zijn.</translation>
    </message>
    <message>
        <source>There is already a list called “%1”. Choose another name.</source>
        <translation>Er is al een lijst met de naam “%1”. Kies een andere naam.</translation>
    </message>
    <message>
        <source>This list no longer exists.</source>
        <translation>Deze lijst bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <source>Add to list</source>
        <translation>Aan lijst toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n contact(s) to “%1”.</source>
        <translation>
            <numerusform>%n contact toegevoegd aan “%1”.</numerusform>
            <numerusform>%n contacten toegevoegd aan “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>Nieuwe lijst…</translation>
    </message>
    <message>
        <source>Rename list…</source>
        <translation>Lijst hernoemen…</translation>
    </message>
    <message>
        <source>Delete list…</source>
        <translation>Lijst verwijderen…</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>Nieuwe lijst</translation>
    </message>
    <message>
        <source>Name of the new list:</source>
        <translation>Naam van de nieuwe lijst:</translation>
    </message>
    <message>
        <source>Created the list “%1”.</source>
        <translation>Lijst “%1” aangemaakt.</translation>
    </message>
    <message>
        <source>Rename list</source>
        <translation>Lijst hernoemen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nieuwe naam voor “%1”:</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Lijst verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the list “%1”? Its %n contact(s) stay in All contacts.</source>
        <translation>
            <numerusform>De lijst “%1” verwijderen? %n contact op deze lijst blijft gewoon in Alle contacten staan.</numerusform>
            <numerusform>De lijst “%1” verwijderen? %n contacten op deze lijst blijven gewoon in Alle contacten staan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the list “%1”.</source>
        <translation>Lijst “%1” verwijderd.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lijsten</translation>
    </message>
    <message>
        <source>No lists yet. Create one with the + button, then drag contacts onto it.</source>
        <translation>Nog geen lijsten. Maak er een met de knop +, en sleep er dan contacten naartoe.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sendtrix</source>
        <translation>Sendtrix</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Nieuw contact…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>B&amp;ewerken</translation>
    </message>
    <message>
        <source>&amp;Find contacts</source>
        <translation>Contacten &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;Delete selected contacts</source>
        <translation>Geselecteerde contacten &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Sendtrix</source>
        <translation>&amp;Over Sendtrix</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Gegevensbestand: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 contacts shown</source>
        <translation>%1 van %2 contacten weergegeven</translation>
    </message>
    <message>
        <source>About Sendtrix</source>
        <translation>Over Sendtrix</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sendtrix %1&lt;/h3&gt;&lt;p&gt;E-mail marketing that small businesses can trust with their customer lists.&lt;/p&gt;&lt;p&gt;Your contacts are kept in a local store on this computer:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sendtrix %1&lt;/h3&gt;&lt;p&gt;E-mailmarketing waaraan kleine bedrijven hun klantenlijsten met een gerust hart toevertrouwen.&lt;/p&gt;&lt;p&gt;Je contacten worden bewaard in een lokaal gegevensbestand op deze computer:&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>O&amp;pnieuw: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Language of Sendtrix</source>
        <translation>Taal van Sendtrix</translation>
    </message>
    <message>
        <source>Local store</source>
        <translation>Lokaal gegevensbestand</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>“%1” is not a Sendtrix store, or it is damaged, so Sendtrix did not open it. The file was not changed. Restore it from a backup, or choose another file.</source>
        <translation>“%1” is geen Sendtrix-gegevensbestand of is beschadigd, dus Sendtrix heeft het niet geopend. Het bestand is niet gewijzigd. Zet het terug vanaf een back-up of kies een ander bestand.</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(Details: %1)</translation>
    </message>
    <message>
        <source>“%1” is read-only, so Sendtrix cannot save changes to it. The file was not changed. Make the file and its folder writable, or copy it to a folder you can write to, and open it again.</source>
        <translation>“%1” is alleen-lezen, dus Sendtrix kan er geen wijzigingen in opslaan. Het bestand is niet gewijzigd. Maak het bestand en de map waarin het staat schrijfbaar, of kopieer het naar een map waarin je kunt schrijven, en open het opnieuw.</translation>
    </message>
    <message>
        <source>Sendtrix cannot create the folder “%1” for its store. Check that you may write there, or choose another location.</source>
        <translation>Sendtrix kan de map “%1” voor het gegevensbestand niet aanmaken. Controleer of je daar mag schrijven, of kies een andere locatie.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Sendtrix (store version %2; this version understands up to %3), so it was not opened. The file was not changed. Install the latest version of Sendtrix to open it.</source>
        <translation>“%1” is opgeslagen door een nieuwere versie van Sendtrix (versie van het gegevensbestand: %2; deze versie ondersteunt tot en met %3), dus het is niet geopend. Het bestand is niet gewijzigd. Installeer de nieuwste versie van Sendtrix om het te openen.</translation>
    </message>
    <message>
        <source>Sendtrix could not open “%1”: %2</source>
        <translation>Sendtrix kon “%1” niet openen: %2</translation>
    </message>
    <message>
        <source>Sendtrix could not update the store “%1” (%2): %3. The file was not changed.</source>
        <translation>Sendtrix kon het gegevensbestand “%1” niet bijwerken (%2): %3. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>migration %1</source>
        <translation>migratie %1</translation>
    </message>
    <message>
        <source>The store is read-only, so the change was not saved. (Details: %1)</source>
        <translation>Het gegevensbestand is alleen-lezen, dus de wijziging is niet opgeslagen. (Details: %1)</translation>
    </message>
    <message>
        <source>The store reported an error, so the change was not saved: %1 (%2)</source>
        <translation>Het gegevensbestand gaf een foutmelding, dus de wijziging is niet opgeslagen: %1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Sendtrix store. Choose the store file inside it (sendtrix.db), or another file.</source>
        <translation>“%1” is een map, geen Sendtrix-gegevensbestand. Kies het bestand in die map (sendtrix.db), of een ander bestand.</translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>The tag “%1…” is too long: at most 100 characters.</source>
        <translation>De tag “%1…” is te lang: maximaal 100 tekens.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sendtrix cannot open the store</source>
        <translation>Sendtrix kan het gegevensbestand niet openen</translation>
    </message>
    <message>
        <source>Open another store…</source>
        <translation>Ander gegevensbestand openen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Open a Sendtrix store</source>
        <translation>Een Sendtrix-gegevensbestand openen</translation>
    </message>
    <message>
        <source>Sendtrix stores (*.db);;All files (*)</source>
        <translation>Sendtrix-gegevensbestanden (*.db);;Alle bestanden (*)</translation>
    </message>
</context>
</TS>
