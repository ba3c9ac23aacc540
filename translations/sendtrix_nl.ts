<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Account</name>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kan niet worden gelezen (%2).</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM form (a text file that starts with “-----BEGIN CERTIFICATE-----”).</source>
        <translation>%1 bevat geen certificaat in PEM-vorm (een tekstbestand dat begint met “-----BEGIN CERTIFICATE-----”).</translation>
    </message>
    <message>
        <source>%1 holds a certificate that cannot be used.</source>
        <translation>%1 bevat een certificaat dat niet kan worden gebruikt.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. It starts with https://, for example https://sendtrix.example.nl:8443.</source>
        <translation>“%1” is geen serveradres. Het begint met https://, bijvoorbeeld https://sendtrix.example.nl:8443.</translation>
    </message>
    <message>
        <source>Enter your e-mail address and password.</source>
        <translation>Vul uw e-mailadres en wachtwoord in.</translation>
    </message>
    <message>
        <source>The server %1 sent an answer Sendtrix does not understand. Is this address a Sendtrix server?</source>
        <translation>De server %1 gaf een antwoord dat Sendtrix niet begrijpt. Is dit adres een Sendtrix-server?</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.</source>
        <translation>Ingelogd op %1 als %2.</translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation>U bent niet ingelogd.</translation>
    </message>
    <message>
        <source>The session could not be ended on the server (%1). It ends by itself within 90 days; Sendtrix has forgotten it on this computer.</source>
        <translation>De sessie kon op de server niet worden beëindigd (%1). Hij verloopt vanzelf binnen 90 dagen; Sendtrix is hem op deze computer vergeten.</translation>
    </message>
    <message>
        <source>The saved login could not be removed from the keychain: %1 Remove the entry “%2” by hand with your keychain&apos;s manager.</source>
        <translation>De bewaarde login kon niet uit de sleutelbos worden verwijderd: %1 Verwijder het item “%2” zelf met het beheerprogramma van uw sleutelbos.</translation>
    </message>
    <message>
        <source>Logged out of %1.</source>
        <translation>Uitgelogd bij %1.</translation>
    </message>
    <message>
        <source>Log in to %1: the login is not saved on this computer.</source>
        <translation>Log in bij %1: de login is niet op deze computer bewaard.</translation>
    </message>
    <message>
        <source>Log in to %1 again: the saved login is no longer in the keychain.</source>
        <translation>Log opnieuw in bij %1: de bewaarde login staat niet meer in de sleutelbos.</translation>
    </message>
</context>
<context>
    <name>AccountDataReport</name>
    <message>
        <source>What Sendtrix keeps about you</source>
        <translation>Wat Sendtrix over u bewaart</translation>
    </message>
    <message>
        <source>Made on %1 by Sendtrix %2. It holds counts and sizes, not the data of your contacts.</source>
        <translation>Gemaakt op %1 door Sendtrix %2. Het bevat aantallen en groottes, niet de gegevens van uw contacten.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Uw account</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Not logged in: everything below is on this computer only.</source>
        <translation>Niet ingelogd: alles hieronder staat alleen op deze computer.</translation>
    </message>
    <message>
        <source>What you keep in Sendtrix</source>
        <translation>Wat u in Sendtrix bewaart</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Afbeeldingen</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lijsten</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenten</translation>
    </message>
    <message>
        <source>Mailings per month</source>
        <translation>Mailings per maand</translation>
    </message>
    <message>
        <source>No mailing scheduled or sent yet.</source>
        <translation>Nog geen mailing ingepland of verstuurd.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Mailings</source>
        <translation>Mailings</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Largest mailing</source>
        <translation>Grootste mailing</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Uw keuzes</translation>
    </message>
    <message>
        <source>News and offers by e-mail</source>
        <translation>Nieuws en aanbiedingen per e-mail</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>Anonymous usage statistics</source>
        <translation>Anonieme gebruiksstatistieken</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Privacy policy %1 acknowledged</source>
        <translation>Privacybeleid %1 bevestigd</translation>
    </message>
    <message>
        <source>Service announcement dismissed</source>
        <translation>Servicemelding weggeklikt</translation>
    </message>
    <message>
        <source>News and offers by e-mail turned on</source>
        <translation>Nieuws en aanbiedingen per e-mail aangezet</translation>
    </message>
    <message>
        <source>News and offers by e-mail turned off</source>
        <translation>Nieuws en aanbiedingen per e-mail uitgezet</translation>
    </message>
    <message>
        <source>Anonymous usage statistics turned on</source>
        <translation>Anonieme gebruiksstatistieken aangezet</translation>
    </message>
    <message>
        <source>Anonymous usage statistics turned off</source>
        <translation>Anonieme gebruiksstatistieken uitgezet</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The server&apos;s certificate is not valid yet (it starts on %1). Check that this computer&apos;s date and time are right, or ask the server&apos;s administrator.</source>
        <translation>Het certificaat van de server is nog niet geldig (het begint op %1). Controleer of datum en tijd van deze computer kloppen, of vraag het de beheerder van de server.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired (on %1). Ask the server&apos;s administrator to renew it.</source>
        <translation>Het certificaat van de server is verlopen (op %1). Vraag de beheerder van de server het te vernieuwen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired. Ask the server&apos;s administrator to renew it.</source>
        <translation>Het certificaat van de server is verlopen. Vraag de beheerder van de server het te vernieuwen.</translation>
    </message>
    <message>
        <source>The server presents a certificate for another name (%1), not for %2. Check the server address; if it is right, ask the server&apos;s administrator for a certificate that names it.</source>
        <translation>De server toont een certificaat voor een andere naam (%1), niet voor %2. Controleer het serveradres; klopt het, vraag de beheerder dan om een certificaat met die naam.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>The server&apos;s certificate comes from an unknown issuer, so Sendtrix cannot tell that it is really %1. If this is your organisation&apos;s own server, trust its certificate authority (CA) when you log in: “Trust this server&apos;s certificate authority…” (sendtrix-cli: --ca-file).</source>
        <translation>Het certificaat van de server komt van een onbekende uitgever, dus Sendtrix kan niet nagaan dat het echt %1 is. Is dit de eigen server van uw organisatie, vertrouw dan de certificaatautoriteit (CA) bij het inloggen: “Certificaatautoriteit van deze server vertrouwen…” (sendtrix-cli: --ca-file).</translation>
    </message>
    <message>
        <source>The server %1 presents a self-signed certificate that nobody vouches for, so Sendtrix does not connect. If this is your organisation&apos;s own server, ask its administrator for its CA certificate and trust that when you log in.</source>
        <translation>De server %1 toont een zelfondertekend certificaat waar niemand voor instaat, dus Sendtrix maakt geen verbinding. Is dit de eigen server van uw organisatie, vraag de beheerder dan om het CA-certificaat en vertrouw dat bij het inloggen.</translation>
    </message>
    <message>
        <source>The server&apos;s key has changed since you last connected to %1. Either the server was set up again, or someone may be intercepting the connection. Nothing was sent. Ask the server&apos;s administrator; if the change is expected, trust the server&apos;s CA again when you log in.</source>
        <translation>De sleutel van de server is veranderd sinds uw laatste verbinding met %1. Of de server is opnieuw ingericht, of iemand onderschept mogelijk de verbinding. Er is niets verzonden. Vraag het de beheerder van de server; is de wijziging verwacht, vertrouw de CA van de server dan opnieuw bij het inloggen.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up. Nothing was sent.</source>
        <translation>Er kon geen beveiligde verbinding met %1 worden opgezet. Er is niets verzonden.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. It starts with https://, for example https://sendtrix.example.nl:8443.</source>
        <translation>“%1” is geen serveradres. Het begint met https://, bijvoorbeeld https://sendtrix.example.nl:8443.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s). Sendtrix tries again later.</source>
        <translation>
            <numerusform>De server %1 antwoordde niet binnen %n seconde. Sendtrix probeert het later opnieuw.</numerusform>
            <numerusform>De server %1 antwoordde niet binnen %n seconden. Sendtrix probeert het later opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the internet connection and the server address; your work is kept and Sendtrix tries again later.</source>
        <translation>De server %1 is niet bereikbaar. Controleer de internetverbinding en het serveradres; uw werk blijft bewaard en Sendtrix probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time. Sendtrix tries again later.</source>
        <translation>De server %1 antwoordde niet op tijd. Sendtrix probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>The connection to %1 failed. Sendtrix tries again later.</source>
        <translation>De verbinding met %1 is mislukt. Sendtrix probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>The server %1 sent an answer Sendtrix does not understand. Is this address a Sendtrix server?</source>
        <translation>De server %1 gaf een antwoord dat Sendtrix niet begrijpt. Is dit adres een Sendtrix-server?</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>Het e-mailadres of het wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Log in again.</source>
        <translation>Uw sessie op %1 is afgelopen. Log opnieuw in.</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask the server&apos;s administrator.</source>
        <translation>Dit account is uitgeschakeld. Vraag het de beheerder van de server.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n minute(s) and try again.</source>
        <translation>
            <numerusform>Te veel mislukte pogingen. Wacht %n minuut en probeer het opnieuw.</numerusform>
            <numerusform>Te veel mislukte pogingen. Wacht %n minuten en probeer het opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server %1 refused the data as too large.</source>
        <translation>De server %1 weigerde de gegevens omdat ze te groot zijn.</translation>
    </message>
    <message>
        <source>The server %1 is busy or in maintenance. Sendtrix tries again shortly.</source>
        <translation>De server %1 is druk of in onderhoud. Sendtrix probeert het zo opnieuw.</translation>
    </message>
    <message>
        <source>The server %1 had a problem (error %2). Sendtrix tries again later; if it keeps happening, tell the server&apos;s administrator.</source>
        <translation>De server %1 had een probleem (fout %2). Sendtrix probeert het later opnieuw; blijft het gebeuren, meld het dan aan de beheerder van de server.</translation>
    </message>
    <message>
        <source>The server %1 does not know this request (error 404). Is this address a Sendtrix server, and is it up to date?</source>
        <translation>De server %1 kent dit verzoek niet (fout 404). Is dit adres een Sendtrix-server, en is die bijgewerkt?</translation>
    </message>
    <message>
        <source>The server %1 refused the request (error %2%3).</source>
        <translation>De server %1 weigerde het verzoek (fout %2%3).</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>The audience is not readable.</source>
        <translation>De ontvangers van deze mailing zijn niet leesbaar.</translation>
    </message>
</context>
<context>
    <name>BackgroundCounter</name>
    <message>
        <source>The segment could not be counted.</source>
        <translation>Het segment kon niet worden geteld.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
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
    <message>
        <source>Consent purpose.</source>
        <translation>Doel van de toestemming.</translation>
    </message>
    <message>
        <source>Consent state.</source>
        <translation>Status van de toestemming.</translation>
    </message>
    <message>
        <source>Legal basis.</source>
        <translation>Rechtsgrond.</translation>
    </message>
    <message>
        <source>Where it came from.</source>
        <translation>Waar het vandaan komt.</translation>
    </message>
    <message>
        <source>Details of the source.</source>
        <translation>Details van de bron.</translation>
    </message>
    <message>
        <source>The consent text the person saw.</source>
        <translation>De toestemmingstekst die de persoon zag.</translation>
    </message>
    <message>
        <source>The privacy policy version shown.</source>
        <translation>De getoonde versie van het privacybeleid.</translation>
    </message>
    <message>
        <source>When (ISO 8601 date or time).</source>
        <translation>Wanneer (ISO 8601-datum of -tijd).</translation>
    </message>
    <message>
        <source>Soft opt-in conditions met.</source>
        <translation>Vervulde voorwaarden voor de soft opt-in.</translation>
    </message>
    <message>
        <source>Evidence file.</source>
        <translation>Bewijsbestand.</translation>
    </message>
    <message>
        <source>The person explicitly asked to be mailed again: lift the suppression.</source>
        <translation>De persoon heeft uitdrukkelijk gevraagd weer mail te krijgen: haal het adres van de blokkeerlijst.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Uitvoerbestand.</translation>
    </message>
    <message>
        <source>Confirm an irreversible step.</source>
        <translation>Bevestig een onomkeerbare stap.</translation>
    </message>
    <message>
        <source>%1 events checked in %2 ms.</source>
        <translation>%1 gebeurtenissen gecontroleerd in %2 ms.</translation>
    </message>
    <message>
        <source>“%1” needs --email.</source>
        <translation>“%1” heeft --email nodig.</translation>
    </message>
    <message>
        <source>Erasing cannot be undone: it removes %1, their consent history and list memberships for good. Add --yes to confirm.</source>
        <translation>Wissen kan niet ongedaan worden gemaakt: %1 verdwijnt voorgoed, met de toestemmingsgeschiedenis en alle lijsten. Voeg --yes toe om te bevestigen.</translation>
    </message>
    <message>
        <source>There is no contact with the e-mail address “%1”.</source>
        <translation>Er is geen contact met het e-mailadres “%1”.</translation>
    </message>
    <message>
        <source>Erased %1. Only a salted hash of the address stays on the suppression list, so it is never mailed again.</source>
        <translation>%1 is gewist. Alleen een gezouten hash van het adres blijft op de blokkeerlijst, zodat er nooit meer naartoe gemaild wordt.</translation>
    </message>
    <message>
        <source>“gdpr export” needs --out FILE.</source>
        <translation>“gdpr export” heeft --out BESTAND nodig.</translation>
    </message>
    <message>
        <source>Wrote everything held about %1 to %2.</source>
        <translation>Alles wat over %1 is vastgelegd staat nu in %2.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sinds %2</translation>
    </message>
    <message>
        <source>no consent recorded</source>
        <translation>geen toestemming vastgelegd</translation>
    </message>
    <message>
        <source>--purpose must be newsletter or testimonial.</source>
        <translation>--purpose moet newsletter of testimonial zijn.</translation>
    </message>
    <message>
        <source>--state must be subscribed, pending, unsubscribed, bounced or complained.</source>
        <translation>--state moet subscribed, pending, unsubscribed, bounced of complained zijn.</translation>
    </message>
    <message>
        <source>--basis must be consent or soft_opt_in.</source>
        <translation>--basis moet consent of soft_opt_in zijn.</translation>
    </message>
    <message>
        <source>--at “%1” is not a date; write it as 2026-03-14 or 2026-03-14T10:30.</source>
        <translation>--at “%1” is geen datum; schrijf bijvoorbeeld 2026-03-14 of 2026-03-14T10:30.</translation>
    </message>
    <message>
        <source>Unknown soft opt-in condition “%1”. The conditions are: %2.</source>
        <translation>Onbekende voorwaarde voor de soft opt-in: “%1”. De voorwaarden zijn: %2.</translation>
    </message>
    <message>
        <source>Recorded: %1 %2 for %3.</source>
        <translation>Vastgelegd: %1 %2 voor %3.</translation>
    </message>
    <message>
        <source>Note: %1 is on the suppression list (%2), so it will not receive mailings unless the person asks again.</source>
        <translation>Let op: %1 staat op de blokkeerlijst (%2), dus het krijgt geen mailings tenzij de persoon er opnieuw om vraagt.</translation>
    </message>
    <message>
        <source>Only report what the import would do.</source>
        <translation>Alleen melden wat de import zou doen.</translation>
    </message>
    <message>
        <source>Column to field.</source>
        <translation>Kolom naar veld.</translation>
    </message>
    <message>
        <source>What to do with addresses already stored.</source>
        <translation>Wat te doen met adressen die er al zijn.</translation>
    </message>
    <message>
        <source>List name.</source>
        <translation>Naam van de lijst.</translation>
    </message>
    <message>
        <source>Where the consent came from.</source>
        <translation>Waar de toestemming vandaan komt.</translation>
    </message>
    <message>
        <source>Undo the last import.</source>
        <translation>De laatste import ongedaan maken.</translation>
    </message>
    <message>
        <source>csv or vcard.</source>
        <translation>csv of vcard.</translation>
    </message>
    <message>
        <source>CSV for Excel: a byte-order mark and semicolons.</source>
        <translation>CSV voor Excel: een byte-order mark en puntkomma&apos;s.</translation>
    </message>
    <message>
        <source>There is no Sendtrix store at “%1”. Check the path (--db).</source>
        <translation>Er is geen Sendtrix-gegevensbestand op “%1”. Controleer het pad (--db).</translation>
    </message>
    <message>
        <source>“export” needs --out FILE.</source>
        <translation>“export” heeft --out BESTAND nodig.</translation>
    </message>
    <message>
        <source>--format must be csv or vcard.</source>
        <translation>--format moet csv of vcard zijn.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n contact geëxporteerd naar %1.</numerusform>
            <numerusform>%n contacten geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undid the import of %1: %2 added contact(s) removed, %3 updated contact(s) restored.</source>
        <translation>Import van %1 ongedaan gemaakt: toegevoegde contacten verwijderd: %2, bijgewerkte contacten hersteld: %3.</translation>
    </message>
    <message>
        <source>“import” needs exactly one file.</source>
        <translation>“import” heeft precies één bestand nodig.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <source>--map: the file has no column “%1”. Its columns are: %2.</source>
        <translation>--map: het bestand heeft geen kolom “%1”. De kolommen zijn: %2.</translation>
    </message>
    <message>
        <source>--map: “%1” is not a field. Use email, first_name, last_name_prefix, last_name, company, phone, street, postal_code, city, country, website, notes, custom or ignore.</source>
        <translation>--map: “%1” is geen veld. Gebruik email, first_name, last_name_prefix, last_name, company, phone, street, postal_code, city, country, website, notes, custom of ignore.</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, fill or overwrite.</source>
        <translation>--on-duplicate moet skip, fill of overwrite zijn.</translation>
    </message>
    <message>
        <source>--consent-basis must be consent or soft_opt_in.</source>
        <translation>--consent-basis moet consent of soft_opt_in zijn.</translation>
    </message>
    <message>
        <source>The soft opt-in needs its five conditions recorded per person; import with --consent-basis consent, or record the soft opt-in per contact.</source>
        <translation>De soft opt-in vraagt per persoon de vijf voorwaarden; importeer met --consent-basis consent, of leg de soft opt-in per contact vast.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing was changed: %n row(s) read; would add %2, update %3, leave %4 unchanged; %5 rejected; %6 not subscribed because they unsubscribed or are suppressed.</source>
        <translation>
            <numerusform>Proefrun, er is niets veranderd: %n rij gelezen; zou toevoegen: %2, bijwerken: %3, ongewijzigd laten: %4; geweigerd: %5; niet aangemeld omdat ze zich afmeldden of geblokkeerd zijn: %6.</numerusform>
            <numerusform>Proefrun, er is niets veranderd: %n rijen gelezen; zou toevoegen: %2, bijwerken: %3, ongewijzigd laten: %4; geweigerd: %5; niet aangemeld omdat ze zich afmeldden of geblokkeerd zijn: %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s): added %2, updated %3, %4 unchanged; %5 rejected; %6 not subscribed because they unsubscribed or are suppressed.</source>
        <translation>
            <numerusform>%n rij geïmporteerd: toegevoegd: %2, bijgewerkt: %3, ongewijzigd: %4; geweigerd: %5; niet aangemeld omdat ze zich afmeldden of geblokkeerd zijn: %6.</numerusform>
            <numerusform>%n rijen geïmporteerd: toegevoegd: %2, bijgewerkt: %3, ongewijzigd: %4; geweigerd: %5; niet aangemeld omdat ze zich afmeldden of geblokkeerd zijn: %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Nothing was stored.</source>
        <translation>%1 kan niet worden gelezen (%2). Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it with the encoding UTF-8 and try again. Nothing was stored.</source>
        <translation>%1 is geen UTF-8-tekst. Sla het bestand op met de codering UTF-8 en probeer het opnieuw. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Template name.</source>
        <translation>Naam van het sjabloon.</translation>
    </message>
    <message>
        <source>HTML file.</source>
        <translation>HTML-bestand.</translation>
    </message>
    <message>
        <source>Subject line.</source>
        <translation>Onderwerpregel.</translation>
    </message>
    <message>
        <source>E-mail address of the contact.</source>
        <translation>E-mailadres van het contact.</translation>
    </message>
    <message>
        <source>“template add” needs --name and --file.</source>
        <translation>“template add” heeft --name en --file nodig.</translation>
    </message>
    <message>
        <source>“template render” needs --template and --contact.</source>
        <translation>“template render” heeft --template en --contact nodig.</translation>
    </message>
    <message>
        <source>There is no file “%1”, and no Sendtrix store to find a template of that name in.</source>
        <translation>Er is geen bestand “%1”, en geen Sendtrix-gegevensbestand om een sjabloon met die naam in te zoeken.</translation>
    </message>
    <message>
        <source>There is no file or template called “%1”.</source>
        <translation>Er is geen bestand of sjabloon met de naam “%1”.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>onderwerp</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
    <message>
        <source>The template “%1” already has this content; nothing changed.</source>
        <translation>Het sjabloon “%1” heeft deze inhoud al; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Saved the template “%1” as revision %2.</source>
        <translation>Het sjabloon “%1” is opgeslagen als versie %2.</translation>
    </message>
    <message>
        <source>Created the template “%1”.</source>
        <translation>Het sjabloon “%1” is aangemaakt.</translation>
    </message>
    <message>
        <source>There is no template called “%1”.</source>
        <translation>Er is geen sjabloon met de naam “%1”.</translation>
    </message>
    <message>
        <source>Company name.</source>
        <translation>Bedrijfsnaam.</translation>
    </message>
    <message>
        <source>Postal address (\n between lines).</source>
        <translation>Postadres (\n tussen de regels).</translation>
    </message>
    <message>
        <source>KvK number.</source>
        <translation>KvK-nummer.</translation>
    </message>
    <message>
        <source>Sender name.</source>
        <translation>Naam van de afzender.</translation>
    </message>
    <message>
        <source>Sender address.</source>
        <translation>Adres van de afzender.</translation>
    </message>
    <message>
        <source>“sender set” needs --company, --address, --from-name and --from-email.</source>
        <translation>“sender set” heeft --company, --address, --from-name en --from-email nodig.</translation>
    </message>
    <message>
        <source>--from-email: %1</source>
        <translation>--from-email: %1</translation>
    </message>
    <message>
        <source>--kvk: a KvK number has 8 digits.</source>
        <translation>--kvk: een KvK-nummer heeft 8 cijfers.</translation>
    </message>
    <message>
        <source>The company name and the postal address may not be empty: the law asks every newsletter to say who sends it and where.</source>
        <translation>De bedrijfsnaam en het postadres mogen niet leeg zijn: de wet vraagt dat elke nieuwsbrief zegt wie hem verstuurt en waar.</translation>
    </message>
    <message>
        <source>Sender set: %1 &lt;%2&gt;, %3.</source>
        <translation>Afzender ingesteld: %1 &lt;%2&gt;, %3.</translation>
    </message>
    <message>
        <source>KvK %1</source>
        <translation>KvK %1</translation>
    </message>
    <message>
        <source>as soon as possible</source>
        <translation>zo snel mogelijk</translation>
    </message>
    <message>
        <source>confirmation pending</source>
        <translation>bevestiging nog niet ontvangen</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <source>address bounced</source>
        <translation>adres onbestelbaar</translation>
    </message>
    <message>
        <source>complained of spam</source>
        <translation>als spam gemeld</translation>
    </message>
    <message>
        <source>Name.</source>
        <translation>Naam.</translation>
    </message>
    <message>
        <source>Preheader text.</source>
        <translation>Voorvertoningstekst.</translation>
    </message>
    <message>
        <source>Reply-to address.</source>
        <translation>Antwoordadres.</translation>
    </message>
    <message>
        <source>A list to send to.</source>
        <translation>Een lijst om naar te verzenden.</translation>
    </message>
    <message>
        <source>A segment to send to.</source>
        <translation>Een segment om naar te verzenden.</translation>
    </message>
    <message>
        <source>A list whose members are left out.</source>
        <translation>Een lijst waarvan de leden worden overgeslagen.</translation>
    </message>
    <message>
        <source>A segment whose contacts are left out.</source>
        <translation>Een segment waarvan de contacten worden overgeslagen.</translation>
    </message>
    <message>
        <source>Track clicks.</source>
        <translation>Kliks meten.</translation>
    </message>
    <message>
        <source>Track opens.</source>
        <translation>Openingen meten.</translation>
    </message>
    <message>
        <source>Send as soon as possible.</source>
        <translation>Zo snel mogelijk verzenden.</translation>
    </message>
    <message>
        <source>When to send (ISO 8601).</source>
        <translation>Wanneer verzenden (ISO 8601).</translation>
    </message>
    <message>
        <source>Time zone of --at (default: this computer&apos;s).</source>
        <translation>Tijdzone van --at (standaard: die van deze computer).</translation>
    </message>
    <message>
        <source>The rules as JSON.</source>
        <translation>De regels als JSON.</translation>
    </message>
    <message>
        <source>A file with the rules as JSON.</source>
        <translation>Een bestand met de regels als JSON.</translation>
    </message>
    <message>
        <source>“%1” needs the name as its argument.</source>
        <translation>“%1” heeft de naam als argument nodig.</translation>
    </message>
    <message>
        <source>“mailing create” needs --name, --template and at least one --list or --segment.</source>
        <translation>“mailing create” heeft --name, --template en minstens één --list of --segment nodig.</translation>
    </message>
    <message>
        <source>“mailing schedule” needs either --now or --at TIME.</source>
        <translation>“mailing schedule” heeft --now of --at TIJD nodig.</translation>
    </message>
    <message>
        <source>--time-zone: “%1” is not a time zone (e.g. Europe/Amsterdam).</source>
        <translation>--time-zone: “%1” is geen tijdzone (bijvoorbeeld Europe/Amsterdam).</translation>
    </message>
    <message>
        <source>--at: “%1” is not a time. Write it as 2026-12-01T09:00 (in --time-zone) or with an offset, 2026-12-01T09:00+01:00.</source>
        <translation>--at: “%1” is geen tijdstip. Schrijf het als 2026-12-01T09:00 (in --time-zone) of met een verschil, 2026-12-01T09:00+01:00.</translation>
    </message>
    <message>
        <source>“segment add” needs --name and either --rules or --rules-file.</source>
        <translation>“segment add” heeft --name nodig en --rules of --rules-file.</translation>
    </message>
    <message>
        <source>The rules are not valid: %1 Nothing was stored.</source>
        <translation>De regels zijn niet geldig: %1 Er is niets opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>Segment “%1” saved; %Ln contact(s) match now.</source>
        <translation>
            <numerusform>Segment “%1” opgeslagen; %Ln contact voldoet nu.</numerusform>
            <numerusform>Segment “%1” opgeslagen; %Ln contacten voldoen nu.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no segment called “%1”.</source>
        <translation>Er is geen segment met de naam “%1”.</translation>
    </message>
    <message>
        <source>Segment “%1” could not be counted.</source>
        <translation>Segment “%1” kon niet worden geteld.</translation>
    </message>
    <message>
        <source>Segment “%1” deleted.</source>
        <translation>Segment “%1” verwijderd.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Draft mailing “%1” created.</source>
        <translation>Concept-mailing “%1” aangemaakt.</translation>
    </message>
    <message>
        <source>There is no mailing called “%1”.</source>
        <translation>Er is geen mailing met de naam “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln ontvanger</numerusform>
            <numerusform>%Ln ontvangers</numerusform>
        </translation>
    </message>
    <message>
        <source>The recipients were frozen when the mailing was sealed.</source>
        <translation>De ontvangers zijn vastgelegd toen de mailing werd verzegeld.</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln contact(s) of %1 matched</source>
        <translation>
            <numerusform>Overgeslagen: %Ln contact van %1 gevonden</numerusform>
            <numerusform>Overgeslagen: %Ln contacten van %1 gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>not subscribed (%1): %2</source>
        <translation>niet ingeschreven (%1): %2</translation>
    </message>
    <message>
        <source>suppressed: %1</source>
        <translation>op de blokkeerlijst: %1</translation>
    </message>
    <message>
        <source>in an excluded list or segment: %1</source>
        <translation>in een uitgesloten lijst of segment: %1</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>verwijderd: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be scheduled yet:</source>
        <translation>“%1” kan nog niet worden ingepland:</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is sealed and scheduled for %2: %Ln recipient(s).</source>
        <translation>
            <numerusform>“%1” is verzegeld en ingepland voor %2: %Ln ontvanger.</numerusform>
            <numerusform>“%1” is verzegeld en ingepland voor %2: %Ln ontvangers.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is cancelled; it will not be sent.</source>
        <translation>“%1” is geannuleerd; de mailing wordt niet verzonden.</translation>
    </message>
    <message>
        <source>Mailing “%1” deleted.</source>
        <translation>Mailing “%1” verwijderd.</translation>
    </message>
    <message>
        <source>The server&apos;s address (https://host:port).</source>
        <translation>Het adres van de server (https://host:poort).</translation>
    </message>
    <message>
        <source>Trust this CA certificate (PEM) for the server.</source>
        <translation>Dit CA-certificaat (PEM) vertrouwen voor de server.</translation>
    </message>
    <message>
        <source>Do not keep the login in the keychain: it ends with this command.</source>
        <translation>De login niet in de sleutelbos bewaren: hij eindigt met deze opdracht.</translation>
    </message>
    <message>
        <source>“login” needs --server and --email. The password is read from standard input or asked for, never given as an argument.</source>
        <translation>“login” heeft --server en --email nodig. Het wachtwoord wordt van standaardinvoer gelezen of gevraagd, nooit als argument meegegeven.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. It starts with https://, for example https://sendtrix.example.nl:8443.</source>
        <translation>“%1” is geen serveradres. Het begint met https://, bijvoorbeeld https://sendtrix.example.nl:8443.</translation>
    </message>
    <message>
        <source>Trusting the certificate authority “%1” for %2
  SHA-256 %3</source>
        <translation>Certificaatautoriteit “%1” wordt vertrouwd voor %2
  SHA-256 %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Wachtwoord voor %1 op %2: </translation>
    </message>
    <message>
        <source>No password was given (it is read from standard input).</source>
        <translation>Er is geen wachtwoord opgegeven (het wordt van standaardinvoer gelezen).</translation>
    </message>
    <message>
        <source>The login was not kept, so the session has ended with this command.</source>
        <translation>De login is niet bewaard, dus de sessie is met deze opdracht beëindigd.</translation>
    </message>
    <message>
        <source>The login is kept in this computer&apos;s keychain.</source>
        <translation>De login is bewaard in de sleutelbos van deze computer.</translation>
    </message>
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
  consent record --email E --purpose newsletter|testimonial
                 --state subscribed|pending|unsubscribed|bounced|complained
                 [--basis consent|soft_opt_in] --source TEXT [--detail TEXT]
                 [--wording TEXT] [--policy-version V] [--at DATE]
                 [--soft-opt-in all|CONDITION,…] [--evidence FILE]
                 [--resubscribe]
  consent show --email E [--json]
  consent verify
  gdpr export --email E --out FILE
  gdpr erase --email E --yes
  import FILE [--dry-run] [--map COLUMN=FIELD]…
         [--on-duplicate skip|fill|overwrite] [--list NAME]
         [--consent-basis consent|soft_opt_in --consent-source TEXT] [--json]
  import --undo-last
  export --format csv|vcard [--excel] [--list NAME] --out FILE
  template add --name NAME --file FILE.html [--subject S]
  template list [--json]
  template render --template NAME --contact E
  template lint FILE.html|NAME [--subject S] [--json]
  sender set --company C --address TEXT [--kvk N] --from-name N --from-email E
  sender show [--json]
  segment add --name NAME (--rules JSON | --rules-file FILE)
  segment list [--json]
  segment count NAME
  segment delete NAME
  mailing create --name N --template T [--subject S] [--preheader P]
                 (--list L | --segment G)… [--exclude-list L]…
                 [--exclude-segment G]… [--from-name N] [--from-email E]
                 [--reply-to E] [--track-clicks] [--track-opens]
  mailing list [--json]
  mailing recipients NAME [--json]
  mailing check NAME [--json]
  mailing schedule NAME (--now | --at ISO-8601 [--time-zone ZONE])
  mailing cancel NAME
  mailing duplicate NAME
  mailing delete NAME
  login --server URL --email E [--ca-file PEM] [--no-remember]
        (the password is read from standard input, or asked for)
  logout
  sync [--json] [--server URL --token-stdin [--ca-file PEM]] [--timeout S]

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
  consent record --email E --purpose newsletter|testimonial
                 --state subscribed|pending|unsubscribed|bounced|complained
                 [--basis consent|soft_opt_in] --source TEXT [--detail TEXT]
                 [--wording TEXT] [--policy-version V] [--at DATE]
                 [--soft-opt-in all|CONDITION,…] [--evidence FILE]
                 [--resubscribe]
  consent show --email E [--json]
  consent verify
  gdpr export --email E --out FILE
  gdpr erase --email E --yes
  import FILE [--dry-run] [--map COLUMN=FIELD]…
         [--on-duplicate skip|fill|overwrite] [--list NAME]
         [--consent-basis consent|soft_opt_in --consent-source TEXT] [--json]
  import --undo-last
  export --format csv|vcard [--excel] [--list NAME] --out FILE
  template add --name NAME --file FILE.html [--subject S]
  template list [--json]
  template render --template NAME --contact E
  template lint FILE.html|NAME [--subject S] [--json]
  sender set --company C --address TEXT [--kvk N] --from-name N --from-email E
  sender show [--json]
  segment add --name NAME (--rules JSON | --rules-file FILE)
  segment list [--json]
  segment count NAME
  segment delete NAME
  mailing create --name N --template T [--subject S] [--preheader P]
                 (--list L | --segment G)… [--exclude-list L]…
                 [--exclude-segment G]… [--from-name N] [--from-email E]
                 [--reply-to E] [--track-clicks] [--track-opens]
  mailing list [--json]
  mailing recipients NAME [--json]
  mailing check NAME [--json]
  mailing schedule NAME (--now | --at ISO-8601 [--time-zone ZONE])
  mailing cancel NAME
  mailing duplicate NAME
  mailing delete NAME
  login --server URL --email E [--ca-file PEM] [--no-remember]
        (het wachtwoord wordt van standaardinvoer gelezen, of gevraagd)
  logout
  sync [--json] [--server URL --token-stdin [--ca-file PEM]] [--timeout S]

Opties:
  --db PATH    het te gebruiken gegevensbestand (standaard: het eigen gegevensbestand van de app, %1)
  --version    de versie tonen
  --help       deze hulp tonen
</translation>
    </message>
    <message>
        <source>Sync with this server instead of the account logged in to (with --token-stdin).</source>
        <translation>Met deze server synchroniseren in plaats van met het ingelogde account (met --token-stdin).</translation>
    </message>
    <message>
        <source>Read the access token from standard input.</source>
        <translation>Het toegangstoken van standaardinvoer lezen.</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation>Seconden wachten op elk antwoord (standaard 30).</translation>
    </message>
    <message>
        <source>“sync” takes no further arguments.</source>
        <translation>“sync” neemt geen verdere argumenten.</translation>
    </message>
    <message>
        <source>--server needs --token-stdin: the access token is read from standard input, never given as an argument.</source>
        <translation>--server heeft --token-stdin nodig: het toegangstoken wordt van standaardinvoer gelezen, nooit als argument meegegeven.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>Standaardinvoer kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>No access token was given on standard input.</source>
        <translation>Er is geen toegangstoken op standaardinvoer gegeven.</translation>
    </message>
    <message>
        <source>Not logged in. Log in first with “sendtrix-cli login --server URL --email E”.</source>
        <translation>Niet ingelogd. Log eerst in met “sendtrix-cli login --server URL --email E”.</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received, %3 merged; %4 waiting.</source>
        <translation>Gesynchroniseerd: %1 verzonden, %2 ontvangen, %3 samengevoegd; %4 wachtend.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Do not import</source>
        <translation>Niet importeren</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name prefix (van, de, van der)</source>
        <translation>Tussenvoegsel (van, de, van der)</translation>
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
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Eigen veld</translation>
    </message>
</context>
<context>
    <name>ConsentCentre</name>
    <message>
        <source>Your choices</source>
        <translation>Uw keuzes</translation>
    </message>
    <message>
        <source>Product news by e-mail turned on</source>
        <translation>Productnieuws per e-mail aangezet</translation>
    </message>
    <message>
        <source>Product news by e-mail turned off</source>
        <translation>Productnieuws per e-mail uitgezet</translation>
    </message>
    <message>
        <source>Anonymous usage statistics turned on</source>
        <translation>Anonieme gebruiksstatistieken aangezet</translation>
    </message>
    <message>
        <source>Anonymous usage statistics turned off</source>
        <translation>Anonieme gebruiksstatistieken uitgezet</translation>
    </message>
    <message>
        <source>Privacy policy %1 read and acknowledged</source>
        <translation>Privacybeleid %1 gelezen en bevestigd</translation>
    </message>
    <message>
        <source>Service announcement dismissed</source>
        <translation>Servicemelding weggeklikt</translation>
    </message>
    <message>
        <source>No choices recorded yet.</source>
        <translation>Nog geen keuzes vastgelegd.</translation>
    </message>
    <message>
        <source>What the usage statistics would send</source>
        <translation>Wat de gebruiksstatistieken zouden versturen</translation>
    </message>
    <message>
        <source>This is the whole report, exactly as it would be sent once a day while the statistics are on. It goes without your login, so it is not linked to your account, and the server keeps only the day it arrived.</source>
        <translation>Dit is het hele rapport, precies zoals het één keer per dag zou worden verstuurd zolang de statistieken aanstaan. Het gaat zonder uw inloggegevens, dus het is niet aan uw account gekoppeld, en de server bewaart alleen de dag waarop het binnenkwam.</translation>
    </message>
    <message>
        <source>What Sendtrix may do with your own data, in one place. Every change is recorded with its time and goes to your other computers with the next sync.</source>
        <translation>Wat Sendtrix met uw eigen gegevens mag doen, op één plek. Elke wijziging wordt met het tijdstip vastgelegd en gaat bij de volgende synchronisatie naar uw andere computers.</translation>
    </message>
    <message>
        <source>News and offers by e-mail</source>
        <translation>Nieuws en aanbiedingen per e-mail</translation>
    </message>
    <message>
        <source>Send me news about Sendtrix and offers by e-mail</source>
        <translation>Stuur mij nieuws over Sendtrix en aanbiedingen per e-mail</translation>
    </message>
    <message>
        <source>Off unless you turn it on. You can turn it off here at any time, and with the link in every such e-mail.</source>
        <translation>Uit, tenzij u het aanzet. U kunt het hier altijd weer uitzetten, en met de link in elke e-mail van dit soort.</translation>
    </message>
    <message>
        <source>Anonymous usage statistics</source>
        <translation>Anonieme gebruiksstatistieken</translation>
    </message>
    <message>
        <source>Share anonymous usage statistics</source>
        <translation>Anonieme gebruiksstatistieken delen</translation>
    </message>
    <message>
        <source>Off unless you turn it on. Once a day: the version of Sendtrix, your operating system and language, and how many contacts, templates and mailings you have, as rough ranges. Nothing about your contacts, no names or addresses, not linked to your account. While it is off, Sendtrix sends no such report at all.</source>
        <translation>Uit, tenzij u het aanzet. Eén keer per dag: de versie van Sendtrix, uw besturingssysteem en taal, en hoeveel contacten, sjablonen en mailings u heeft, in grove categorieën. Niets over uw contacten, geen namen of adressen, niet gekoppeld aan uw account. Zolang het uitstaat, verstuurt Sendtrix zo&apos;n rapport helemaal niet.</translation>
    </message>
    <message>
        <source>Show what would be sent…</source>
        <translation>Toon wat er verstuurd zou worden…</translation>
    </message>
    <message>
        <source>Service announcements</source>
        <translation>Servicemeldingen</translation>
    </message>
    <message>
        <source>Notices of maintenance, outages and changes to our privacy policy cannot be turned off: they are about the service you use and your rights, not advertising. They appear at the top of the window and you can dismiss each one.</source>
        <translation>Meldingen over onderhoud, storingen en wijzigingen van ons privacybeleid kunt u niet uitzetten: ze gaan over de dienst die u gebruikt en over uw rechten, niet over reclame. Ze verschijnen bovenaan het venster en u kunt ze stuk voor stuk wegklikken.</translation>
    </message>
    <message>
        <source>Your choices so far</source>
        <translation>Uw keuzes tot nu toe</translation>
    </message>
    <message>
        <source>Show service announcements (always on)</source>
        <translation>Servicemeldingen tonen (altijd aan)</translation>
    </message>
</context>
<context>
    <name>ConsentEvent</name>
    <message>
        <source>the address was given with a purchase</source>
        <translation>het adres is gegeven bij een aankoop</translation>
    </message>
    <message>
        <source>the mail comes from the same company that made the sale</source>
        <translation>de mail komt van hetzelfde bedrijf dat de verkoop deed</translation>
    </message>
    <message>
        <source>the customer was told at the time that the address would be used</source>
        <translation>de klant is er bij het verkrijgen op gewezen dat het adres hiervoor gebruikt wordt</translation>
    </message>
    <message>
        <source>the customer could refuse at the time, free of charge</source>
        <translation>de klant kon dat toen kosteloos weigeren</translation>
    </message>
    <message>
        <source>the mailing is about the company&apos;s own, similar products</source>
        <translation>de mailing gaat over eigen, gelijksoortige producten</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Nieuwsbrief</translation>
    </message>
    <message>
        <source>Testimonial</source>
        <translation>Testimonial</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation>Wacht op bevestiging</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Onbestelbaar</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>Als spam gemeld</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Existing customer (soft opt-in)</source>
        <translation>Bestaande klant (soft opt-in)</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Met de hand ingevoerd</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformulier</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Papieren formulier</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Request by e-mail</source>
        <translation>Verzoek per e-mail</translation>
    </message>
    <message>
        <source>Request by phone</source>
        <translation>Verzoek per telefoon</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <translation>Afmeldlink</translation>
    </message>
    <message>
        <source>Bounce reported by the server</source>
        <translation>Onbestelbaar gemeld door de server</translation>
    </message>
    <message>
        <source>Suppression list</source>
        <translation>Blokkeerlijst</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Record consent…</source>
        <translation>Toestemming vastleggen…</translation>
    </message>
    <message>
        <source>Record withdrawal…</source>
        <translation>Afmelding vastleggen…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Save evidence file…</source>
        <translation>Bewijsbestand opslaan…</translation>
    </message>
    <message>
        <source>Rights of this person</source>
        <translation>Rechten van deze persoon</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Persoonsgegevens exporteren…</translation>
    </message>
    <message>
        <source>Erase person…</source>
        <translation>Persoon wissen…</translation>
    </message>
    <message>
        <source>No consent recorded: this contact gets no mailings.</source>
        <translation>Geen toestemming vastgelegd: dit contact krijgt geen mailings.</translation>
    </message>
    <message>
        <source>No consent recorded: do not publish this person&apos;s words, name or photo.</source>
        <translation>Geen toestemming vastgelegd: publiceer geen woorden, naam of foto van deze persoon.</translation>
    </message>
    <message>
        <source>since %1, on the basis of: %2</source>
        <translation>sinds %1, op grond van: %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source>%1 is on the suppression list (%2): it is never mailed, whatever is imported. Only a new, explicit request from the person lifts this.</source>
        <translation>%1 staat op de blokkeerlijst (%2): er wordt nooit naartoe gemaild, wat er ook geïmporteerd wordt. Alleen een nieuw, uitdrukkelijk verzoek van de persoon heft dit op.</translation>
    </message>
    <message numerus="yes">
        <source>Needs re-permission: the consent is older than %n month(s). Ask again, or remove the contact.</source>
        <translation>
            <numerusform>Opnieuw vragen: de toestemming is ouder dan %n maand. Vraag het opnieuw, of verwijder het contact.</numerusform>
            <numerusform>Opnieuw vragen: de toestemming is ouder dan %n maanden. Vraag het opnieuw, of verwijder het contact.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Wording: “%1”</source>
        <translation>Tekst: “%1”</translation>
    </message>
    <message>
        <source>Privacy policy version: %1</source>
        <translation>Versie privacybeleid: %1</translation>
    </message>
    <message>
        <source>All five soft opt-in conditions recorded.</source>
        <translation>Alle vijf voorwaarden voor de soft opt-in vastgelegd.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Bewijs: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notitie: %1</translation>
    </message>
    <message>
        <source>Recorded %1 by %2</source>
        <translation>Vastgelegd op %1 door %2</translation>
    </message>
    <message>
        <source>Evidence not found</source>
        <translation>Bewijs niet gevonden</translation>
    </message>
    <message>
        <source>The evidence file is not in this store (it may not have synced yet).</source>
        <translation>Het bewijsbestand staat niet in dit gegevensbestand (misschien is het nog niet gesynchroniseerd).</translation>
    </message>
    <message>
        <source>Save evidence file</source>
        <translation>Bewijsbestand opslaan</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Opslaan mislukt</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>ConsentRepository</name>
    <message>
        <source>Choose the legal basis for this consent: the person&apos;s consent, or the soft opt-in for existing customers.</source>
        <translation>Kies de rechtsgrond: toestemming van de persoon, of de soft opt-in voor bestaande klanten.</translation>
    </message>
    <message>
        <source>The soft opt-in only covers e-mail about your own products. Publishing a testimonial always needs the person&apos;s consent.</source>
        <translation>De soft opt-in geldt alleen voor e-mail over uw eigen producten. Voor het publiceren van een testimonial is altijd toestemming nodig.</translation>
    </message>
    <message>
        <source>The soft opt-in (Telecommunicatiewet art. 11.7) needs all five conditions. Not recorded: %1.</source>
        <translation>De soft opt-in (Telecommunicatiewet art. 11.7) vraagt alle vijf de voorwaarden. Niet vastgelegd: %1.</translation>
    </message>
    <message>
        <source>Say where this came from (for example a paper form at a fair, or the web form).</source>
        <translation>Geef aan waar dit vandaan komt (bijvoorbeeld een papieren formulier op een beurs, of het webformulier).</translation>
    </message>
    <message>
        <source>The date %1 is in the future. Enter when the person actually gave or withdrew consent.</source>
        <translation>De datum %1 ligt in de toekomst. Vul in wanneer de persoon de toestemming echt gaf of introk.</translation>
    </message>
    <message>
        <source>This contact no longer exists (it may have been deleted), so the consent was not recorded.</source>
        <translation>Dit contact bestaat niet meer (misschien is het verwijderd), dus de toestemming is niet vastgelegd.</translation>
    </message>
    <message>
        <source>%1 is on the suppression list (%2). Record a new consent only when the person has explicitly asked to be mailed again, and confirm that they did.</source>
        <translation>%1 staat op de blokkeerlijst (%2). Leg alleen nieuwe toestemming vast als de persoon uitdrukkelijk heeft gevraagd weer mail te krijgen, en bevestig dat.</translation>
    </message>
    <message>
        <source>The evidence file is empty.</source>
        <translation>Het bewijsbestand is leeg.</translation>
    </message>
    <message>
        <source>The evidence file is %1 MB; the limit is %2 MB. Scan the form at a lower resolution or save it as PDF.</source>
        <translation>Het bewijsbestand is %1 MB; de grens is %2 MB. Scan het formulier met een lagere resolutie of sla het op als pdf.</translation>
    </message>
    <message>
        <source>The check was stopped before it finished; nothing was changed.</source>
        <translation>De controle is gestopt voordat ze klaar was; er is niets veranderd.</translation>
    </message>
    <message>
        <source>There are no consent events yet, so there is nothing to check.</source>
        <translation>Er zijn nog geen toestemmingsgebeurtenissen, dus er valt niets te controleren.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the consent history. The records below were changed or removed outside Sendtrix, so they can no longer serve as proof of consent. Restore the store from a backup made before the change, or keep this report as a record of what happened.</source>
        <translation>
            <numerusform>%n probleem gevonden in de toestemmingsgeschiedenis. Het gegeven hieronder is buiten Sendtrix om gewijzigd of verwijderd en kan dus niet meer als bewijs van toestemming dienen. Zet een back-up van vóór de wijziging terug, of bewaar dit verslag als vastlegging van wat er gebeurd is.</numerusform>
            <numerusform>%n problemen gevonden in de toestemmingsgeschiedenis. De gegevens hieronder zijn buiten Sendtrix om gewijzigd of verwijderd en kunnen dus niet meer als bewijs van toestemming dienen. Zet een back-up van vóór de wijziging terug, of bewaar dit verslag als vastlegging van wat er gebeurd is.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store %1 could not be opened to check it: %2</source>
        <translation>Het bestand %1 kon niet worden geopend om het te controleren: %2</translation>
    </message>
    <message>
        <source>The consent history could not be read: %1</source>
        <translation>De toestemmingsgeschiedenis kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>%1, %2 (%3) of %4</source>
        <comment>purpose, state (date) of e-mail</comment>
        <translation>%1, %2 (%3) van %4</translation>
    </message>
    <message>
        <source>All consent events of %1 have been removed.</source>
        <translation>Alle toestemmingsgebeurtenissen van %1 zijn verwijderd.</translation>
    </message>
    <message>
        <source>The consent history of %1 is not registered: events were added outside Sendtrix.</source>
        <translation>De toestemmingsgeschiedenis van %1 is niet geregistreerd: er zijn buiten Sendtrix om gebeurtenissen toegevoegd.</translation>
    </message>
    <message>
        <source>The latest consent event of %1 has been removed.</source>
        <translation>De laatste toestemmingsgebeurtenis van %1 is verwijderd.</translation>
    </message>
    <message numerus="yes">
        <source>%n consent event(s) of %1 have been removed.</source>
        <translation>
            <numerusform>%n toestemmingsgebeurtenis van %1 is verwijderd.</numerusform>
            <numerusform>%n toestemmingsgebeurtenissen van %1 zijn verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent event(s) of %1 were added outside Sendtrix.</source>
        <translation>
            <numerusform>%n toestemmingsgebeurtenis van %1 is buiten Sendtrix om toegevoegd.</numerusform>
            <numerusform>%n toestemmingsgebeurtenissen van %1 zijn buiten Sendtrix om toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event “%1” has been changed after it was recorded.</source>
        <translation>De gebeurtenis “%1” is gewijzigd nadat ze was vastgelegd.</translation>
    </message>
    <message>
        <source>The event “%1” has been moved to another contact.</source>
        <translation>De gebeurtenis “%1” is naar een ander contact verplaatst.</translation>
    </message>
    <message>
        <source>The event before “%1” has been removed.</source>
        <translation>De gebeurtenis vóór “%1” is verwijderd.</translation>
    </message>
    <message numerus="yes">
        <source>All %n consent event(s) are intact: none has been changed or removed since it was recorded.</source>
        <translation>
            <numerusform>De %n toestemmingsgebeurtenis is intact: ze is niet gewijzigd of verwijderd sinds ze is vastgelegd.</numerusform>
            <numerusform>Alle %n toestemmingsgebeurtenissen zijn intact: geen ervan is gewijzigd of verwijderd sinds ze zijn vastgelegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>a contact that no longer exists</source>
        <translation>een contact dat niet meer bestaat</translation>
    </message>
    <message>
        <source>A consent state was set without any recorded event (contact %1).</source>
        <translation>Er is een toestemmingsstatus gezet zonder vastgelegde gebeurtenis (contact %1).</translation>
    </message>
    <message>
        <source>The %1 state of %2 was set without any recorded event.</source>
        <translation>De status voor %1 van %2 is gezet zonder vastgelegde gebeurtenis.</translation>
    </message>
    <message>
        <source>The %1 state of %2 says “%3”, but its history says “%4”: it was changed outside Sendtrix.</source>
        <translation>De status voor %1 van %2 zegt “%3”, maar de geschiedenis zegt “%4”: die is buiten Sendtrix om gewijzigd.</translation>
    </message>
    <message>
        <source>The %1 state of %2 is missing: it was removed outside Sendtrix.</source>
        <translation>De status voor %1 van %2 ontbreekt: die is buiten Sendtrix om verwijderd.</translation>
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
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Save the contact first; then record here how and when they agreed to hear from you.</source>
        <translation>Sla het contact eerst op; leg daarna hier vast hoe en wanneer het toestemming gaf.</translation>
    </message>
    <message>
        <source>%1 is on the suppression list (%2). You can save the contact, but it will not receive mailings unless the person asks again.</source>
        <translation>%1 staat op de blokkeerlijst (%2). U kunt het contact opslaan, maar het krijgt geen mailings tenzij de persoon er opnieuw om vraagt.</translation>
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
    <message>
        <source>No newsletter consent recorded: no mailings go to %1.</source>
        <translation>Geen toestemming voor de nieuwsbrief vastgelegd: er gaan geen mailings naar %1.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sinds %2</translation>
    </message>
    <message>
        <source>The consent is old: ask again (re-permission).</source>
        <translation>De toestemming is oud: vraag het opnieuw.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Needs re-permission</source>
        <translation>Opnieuw vragen</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Nieuwsbrief</translation>
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
    <message>
        <source>No contacts with this consent state</source>
        <translation>Geen contacten met deze toestemmingsstatus</translation>
    </message>
    <message>
        <source>Choose “Any consent” above to see all contacts again.</source>
        <translation>Kies hierboven “Elke toestemming” om weer alle contacten te zien.</translation>
    </message>
    <message>
        <source>Erased %1.</source>
        <translation>%1 is gewist.</translation>
    </message>
    <message>
        <source>Consent…</source>
        <translation>Toestemming…</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Persoonsgegevens exporteren…</translation>
    </message>
    <message>
        <source>Exported the personal data of %1.</source>
        <translation>De persoonsgegevens van %1 zijn geëxporteerd.</translation>
    </message>
    <message>
        <source>Erase person…</source>
        <translation>Persoon wissen…</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Elke toestemming</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Geen toestemming vastgelegd</translation>
    </message>
    <message>
        <source>Needs re-permission</source>
        <translation>Opnieuw vragen</translation>
    </message>
    <message>
        <source>Show only contacts with this newsletter consent</source>
        <translation>Toon alleen contacten met deze toestemming voor de nieuwsbrief</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>contacten.csv</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Contacten exporteren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n contact geëxporteerd naar %1.</numerusform>
            <numerusform>%n contacten geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n contact(s)…</source>
        <translation>
            <numerusform>%n contact exporteren…</numerusform>
            <numerusform>%n contacten exporteren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add your first contact, or import them from Excel, Outlook, Google Contacts or Mailchimp: drop the file here.</source>
        <translation>Voeg je eerste contact toe, of importeer ze uit Excel, Outlook, Google Contacts of Mailchimp: sleep het bestand hierheen.</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Contacten importeren…</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>semicolon (;)</source>
        <translation>puntkomma (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>komma (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>vertical bar (|)</source>
        <translation>verticale streep (|)</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed (a &quot; is missing) in %2.</source>
        <translation>Regel %1: een veld tussen aanhalingstekens wordt niet afgesloten (er ontbreekt een &quot;) in %2.</translation>
    </message>
    <message>
        <source>Line %1: a quote (&quot;) stands inside a field that does not start with one, in %2. Put the whole field in quotes and double the quote (&quot;&quot;), or remove it.</source>
        <translation>Regel %1: er staat een aanhalingsteken (&quot;) in een veld dat er niet mee begint, in %2. Zet het hele veld tussen aanhalingstekens en verdubbel het teken (&quot;&quot;), of haal het weg.</translation>
    </message>
</context>
<context>
    <name>DataSubjectRights</name>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Dit contact bestaat niet meer.</translation>
    </message>
    <message>
        <source>The store %1 could not be opened to finish the erasure: %2</source>
        <translation>Het gegevensbestand %1 kon niet worden geopend om het wissen af te ronden: %2</translation>
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
    <name>Exporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The contacts could not be read from the store.</source>
        <translation>De contacten konden niet uit het gegevensbestand worden gelezen.</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV voor Excel (*.csv)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 with commas (*.csv)</source>
        <translation>CSV, UTF-8 met komma&apos;s (*.csv)</translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Vervangen door</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Hoofdlettergevoelig</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorige (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Volgende (F3)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alles vervangen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n vervangen</numerusform>
            <numerusform>%n vervangen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n gevonden</numerusform>
            <numerusform>%n gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
</context>
<context>
    <name>HtmlPreview</name>
    <message>
        <source>Remote image not loaded</source>
        <translation>Afbeelding van internet niet geladen</translation>
    </message>
    <message>
        <source>Image not found</source>
        <translation>Afbeelding niet gevonden</translation>
    </message>
    <message>
        <source>This template nests tables %1 levels deep. The preview lays out at most %2 levels; mail clients struggle with such nesting too.</source>
        <translation>Dit sjabloon nest tabellen %1 niveaus diep. Het voorbeeld toont er hooguit %2; ook e-mailprogramma&apos;s hebben moeite met zo veel nesting.</translation>
    </message>
    <message>
        <source>Shown at %1%</source>
        <translation>Getoond op %1%</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>%1, %2 delimited.</source>
        <translation>%1, gescheiden door %2.</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.txt *.tsv *.vcf *.vcard);;CSV files (*.csv *.txt *.tsv);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Contactbestanden (*.csv *.txt *.tsv *.vcf *.vcard);;CSV-bestanden (*.csv *.txt *.tsv);;vCard-bestanden (*.vcf *.vcard);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>almost done</source>
        <translation>bijna klaar</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>nog ongeveer %n seconde</numerusform>
            <numerusform>nog ongeveer %n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>nog ongeveer %n minuut</numerusform>
            <numerusform>nog ongeveer %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>New contacts to add</source>
        <translation>Nieuw, worden toegevoegd</translation>
    </message>
    <message>
        <source>Contacts added</source>
        <translation>Contacten toegevoegd</translation>
    </message>
    <message>
        <source>Existing contacts to update</source>
        <translation>Bestaand, worden bijgewerkt</translation>
    </message>
    <message>
        <source>Existing contacts updated</source>
        <translation>Bestaande contacten bijgewerkt</translation>
    </message>
    <message>
        <source>Already in Sendtrix, unchanged</source>
        <translation>Al in Sendtrix, ongewijzigd</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Rijen afgewezen</translation>
    </message>
    <message>
        <source>Not subscribed: unsubscribed earlier or on the suppression list</source>
        <translation>Niet ingeschreven: eerder afgemeld of op de blokkeerlijst</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Kies een bestand</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file (from Excel, Outlook, Google Contacts or Mailchimp) or a vCard file. Nothing is changed until you confirm the import.</source>
        <translation>Importeer contacten uit een CSV-bestand (uit Excel, Outlook, Google Contacts of Mailchimp) of een vCard-bestand. Er verandert niets tot je de import bevestigt.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Bestand om te importeren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Contacten importeren</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>Controleer hoe het bestand wordt gelezen</translation>
    </message>
    <message>
        <source>The first rows as Sendtrix reads them. If names show odd characters or everything is in one column, choose another encoding or delimiter.</source>
        <translation>De eerste rijen zoals Sendtrix ze leest. Staan er vreemde tekens in namen of staat alles in één kolom, kies dan een andere codering of een ander scheidingsteken.</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch herkennen</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codering:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Scheidingsteken:</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Koppel de kolommen</translation>
    </message>
    <message>
        <source>Choose which contact field each column fills. Sendtrix has guessed from the column names; a column you do not need can be left out or kept as a custom field.</source>
        <translation>Kies welk contactveld elke kolom vult. Sendtrix heeft het geraden uit de kolomnamen; een kolom die je niet nodig hebt, kun je weglaten of bewaren als eigen veld.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>Importeren in</translation>
    </message>
    <message>
        <source>Choose the column that holds the e-mail address: without it no contact can be imported.</source>
        <translation>Kies de kolom met het e-mailadres: zonder e-mailadres kan geen enkel contact worden geïmporteerd.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>What to do with people already in Sendtrix, and with the new ones.</source>
        <translation>Wat er moet gebeuren met mensen die al in Sendtrix staan, en met de nieuwe.</translation>
    </message>
    <message>
        <source>Contacts already in Sendtrix</source>
        <translation>Contacten die al in Sendtrix staan</translation>
    </message>
    <message>
        <source>&amp;Leave them as they are</source>
        <translation>&amp;Laten zoals ze zijn</translation>
    </message>
    <message>
        <source>&amp;Fill in only their empty fields from the file</source>
        <translation>Alleen hun &amp;lege velden aanvullen uit het bestand</translation>
    </message>
    <message>
        <source>&amp;Overwrite their fields with the file&apos;s values</source>
        <translation>Hun velden &amp;overschrijven met de waarden uit het bestand</translation>
    </message>
    <message>
        <source>A row is the same contact when it has the same e-mail address. Empty cells never erase anything.</source>
        <translation>Een rij is hetzelfde contact als het e-mailadres gelijk is. Lege cellen wissen nooit iets.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Add the imported contacts &amp;to:</source>
        <translation>Geïmporteerde contacten &amp;toevoegen aan:</translation>
    </message>
    <message>
        <source>Newsletter consent</source>
        <translation>Toestemming voor de nieuwsbrief</translation>
    </message>
    <message>
        <source>These people &amp;gave their consent to receive the newsletter</source>
        <translation>Deze mensen hebben &amp;toestemming gegeven voor de nieuwsbrief</translation>
    </message>
    <message>
        <source>&amp;Where they gave it:</source>
        <translation>&amp;Waar gegeven:</translation>
    </message>
    <message>
        <source>Consent is recorded for each new or not yet subscribed contact, with this file as its source. People who unsubscribed or are on the suppression list stay unsubscribed: an import never subscribes them again.</source>
        <translation>Toestemming wordt vastgelegd voor elk nieuw of nog niet ingeschreven contact, met dit bestand als bron. Wie zich heeft afgemeld of op de blokkeerlijst staat, blijft afgemeld: een import schrijft hen nooit opnieuw in.</translation>
    </message>
    <message>
        <source>No list</source>
        <translation>Geen lijst</translation>
    </message>
    <message>
        <source>e.g. sign-up form on the website; empty: %1</source>
        <translation>bijv. inschrijfformulier op de website; leeg: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Bezig met starten…</translation>
    </message>
    <message>
        <source>%1 rows read; finishing (search index, saving)…</source>
        <translation>%1 rijen gelezen; bezig met afronden (zoekindex, opslaan)…</translation>
    </message>
    <message>
        <source>%1 rows · %2 rows per second · %3</source>
        <translation>%1 rijen · %2 rijen per seconde · %3</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>Afgewezen rijen op&amp;slaan…</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Wat de import gaat doen</translation>
    </message>
    <message>
        <source>Sendtrix has read the whole file without changing anything. Check the counts, then import.</source>
        <translation>Sendtrix heeft het hele bestand gelezen zonder iets te veranderen. Controleer de aantallen en importeer dan.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Het bestand kan niet worden geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Rejected rows are left out; the others are imported. Save them to correct them and import them later.</source>
        <translation>Afgewezen rijen worden overgeslagen; de andere worden geïmporteerd. Sla ze op om ze te verbeteren en later te importeren.</translation>
    </message>
    <message>
        <source>There is nothing to import: every row is already in Sendtrix as it is, or was rejected.</source>
        <translation>Er is niets te importeren: elke rij staat al zo in Sendtrix of is afgewezen.</translation>
    </message>
    <message>
        <source>&amp;Stop import</source>
        <translation>Import &amp;stoppen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Bezig met importeren</translation>
    </message>
    <message>
        <source>You can stop at any moment: a stopped import changes nothing.</source>
        <translation>Je kunt op elk moment stoppen: een gestopte import verandert niets.</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Import gestopt</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The import was stopped before it finished, so none of its rows were imported.</source>
        <translation>De import is gestopt voordat hij klaar was, dus geen van de rijen is geïmporteerd.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import mislukt</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import voltooid</translation>
    </message>
    <message>
        <source>Changed your mind? File → Undo last import removes the contacts it added and restores the ones it updated.</source>
        <translation>Bedacht? Bestand → Laatste import ongedaan maken verwijdert de toegevoegde contacten en herstelt de bijgewerkte.</translation>
    </message>
    <message>
        <source>%1 - rejected rows.csv</source>
        <translation>%1 - afgewezen rijen.csv</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Afgewezen rijen opslaan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>The first %1 of %2 rejected rows were saved.</source>
        <translation>De eerste %1 van %2 afgewezen rijen zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Sendtrix reads the whole file as the import would, but changes nothing yet.</source>
        <translation>Sendtrix leest het hele bestand zoals de import dat zou doen, maar verandert nog niets.</translation>
    </message>
    <message>
        <source>Other e-mail addresses</source>
        <translation>Andere e-mailadressen</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>minder dan een seconde</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>The imported contacts will be added to the list “%1”.</source>
        <translation>De geïmporteerde contacten komen op de lijst “%1”.</translation>
    </message>
    <message>
        <source>The imported contacts were added to the list “%1”.</source>
        <translation>De geïmporteerde contacten staan nu op de lijst “%1”.</translation>
    </message>
    <message>
        <source>Their newsletter consent will be recorded with “%1” as its source, except for people who unsubscribed or are on the suppression list.</source>
        <translation>Hun toestemming voor de nieuwsbrief wordt vastgelegd met “%1” als bron, behalve voor wie zich heeft afgemeld of op de blokkeerlijst staat.</translation>
    </message>
    <message>
        <source>Their newsletter consent was recorded with “%1” as its source, except for people who unsubscribed or are on the suppression list.</source>
        <translation>Hun toestemming voor de nieuwsbrief is vastgelegd met “%1” als bron, behalve voor wie zich heeft afgemeld of op de blokkeerlijst staat.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file in it.</source>
        <translation>%1 is een map: kies een bestand daarin.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 rows read; finishing…</source>
        <translation>%1 rijen gelezen; bezig met afronden…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read in %1.</source>
        <translation>
            <numerusform>%Ln rij gelezen in %1.</numerusform>
            <numerusform>%Ln rijen gelezen in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Opgeslagen als %1</translation>
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
        <source>New list…</source>
        <translation>Nieuwe lijst…</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Choose the column that holds the e-mail address: without it no contact can be imported.</source>
        <translation>Kies de kolom met het e-mailadres: zonder die kolom kan geen enkel contact worden geïmporteerd.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Het bestand heeft geen rijen om te importeren.</translation>
    </message>
    <message numerus="yes">
        <source>has %n field(s), but the header row has %1</source>
        <translation>
            <numerusform>heeft %n veld, maar de kopregel heeft er %1</numerusform>
            <numerusform>heeft %n velden, maar de kopregel heeft er %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>geen e-mailadres</translation>
    </message>
    <message>
        <source>duplicate within the file: %1 is also on line %2</source>
        <translation>dubbel in het bestand: %1 staat ook op regel %2</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Er is geen import om ongedaan te maken.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>has values in %n column(s), but the header row has %1: a value with the delimiter in it may lack its quotes</source>
        <translation>
            <numerusform>heeft waarden in %n kolom, maar de kopregel heeft er %1: misschien mist een waarde met het scheidingsteken erin zijn aanhalingstekens</numerusform>
            <numerusform>heeft waarden in %n kolommen, maar de kopregel heeft er %1: misschien mist een waarde met het scheidingsteken erin zijn aanhalingstekens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>No keychain is available: Sendtrix keeps working offline and asks for your password each time.</source>
        <translation>Er is geen sleutelbos beschikbaar: Sendtrix blijft offline werken en vraagt elke keer uw wachtwoord.</translation>
    </message>
    <message>
        <source>There is no saved login for this server and account.</source>
        <translation>Er is geen bewaarde login voor deze server en dit account.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access, so Sendtrix cannot remember your login: it asks for your password each time. Unlock the keychain (it usually opens with your computer login) to have it remembered.</source>
        <translation>De sleutelbos is vergrendeld of weigerde toegang, dus Sendtrix kan uw login niet onthouden: het vraagt elke keer uw wachtwoord. Ontgrendel de sleutelbos (meestal gaat die open met uw computerlogin) om hem te laten onthouden.</translation>
    </message>
    <message>
        <source>The keychain did not answer (it may be locked and waiting for its password). Sendtrix keeps working offline and asks for your password each time.</source>
        <translation>De sleutelbos antwoordde niet (misschien is hij vergrendeld en wacht hij op zijn wachtwoord). Sendtrix blijft offline werken en vraagt elke keer uw wachtwoord.</translation>
    </message>
    <message>
        <source>The keychain could not be used (%1). Sendtrix keeps working offline and asks for your password each time.</source>
        <translation>De sleutelbos kon niet worden gebruikt (%1). Sendtrix blijft offline werken en vraagt elke keer uw wachtwoord.</translation>
    </message>
</context>
<context>
    <name>LedgerCheck</name>
    <message>
        <source>Checking the consent history…</source>
        <translation>De toestemmingsgeschiedenis wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Verify consent history</source>
        <translation>Toestemmingsgeschiedenis controleren</translation>
    </message>
    <message>
        <source>Checking the consent history… %L1 of %L2 events</source>
        <translation>De toestemmingsgeschiedenis wordt gecontroleerd… %L1 van %L2 gebeurtenissen</translation>
    </message>
    <message>
        <source>The consent history is intact.</source>
        <translation>De toestemmingsgeschiedenis is intact.</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>De controle is gestopt.</translation>
    </message>
    <message>
        <source>The consent history has been tampered with.</source>
        <translation>Er is met de toestemmingsgeschiedenis geknoeid.</translation>
    </message>
    <message>
        <source>%L1 events checked in %2 seconds.</source>
        <translation>%L1 gebeurtenissen gecontroleerd in %2 seconden.</translation>
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
    <message>
        <source>New segment…</source>
        <translation>Nieuw segment…</translation>
    </message>
    <message>
        <source>Edit segment…</source>
        <translation>Segment bewerken…</translation>
    </message>
    <message>
        <source>Delete segment…</source>
        <translation>Segment verwijderen…</translation>
    </message>
    <message>
        <source>Double-click to edit the rules of “%1”</source>
        <translation>Dubbelklik om de regels van “%1” te bewerken</translation>
    </message>
    <message>
        <source>Created the segment “%1”.</source>
        <translation>Segment “%1” aangemaakt.</translation>
    </message>
    <message>
        <source>Saved the segment “%1”.</source>
        <translation>Segment “%1” opgeslagen.</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Segment verwijderen</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? Its contacts stay where they are; only the rules are deleted.</source>
        <translation>Segment “%1” verwijderen? De contacten blijven waar ze zijn; alleen de regels worden verwijderd.</translation>
    </message>
    <message>
        <source>Deleted the segment “%1”.</source>
        <translation>Segment “%1” verwijderd.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenten</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nieuw segment</translation>
    </message>
    <message>
        <source>No segments yet. A segment picks contacts by rules, for example everyone in Utrecht who subscribed in the last 90 days. Create one with the + button.</source>
        <translation>Nog geen segmenten. Een segment kiest contacten met regels, bijvoorbeeld iedereen in Utrecht die zich de afgelopen 90 dagen heeft ingeschreven. Maak er een met de knop +.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to a Sendtrix server</source>
        <translation>Inloggen op een Sendtrix-server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-mailadres:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>https://sendtrix.example.nl:8443</source>
        <translation>https://sendtrix.example.nl:8443</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer (in the system keychain)</source>
        <translation>&amp;Onthoud mij op deze computer (in de sleutelbos van het systeem)</translation>
    </message>
    <message>
        <source>&amp;Trust this server&apos;s certificate authority…</source>
        <translation>Certificaatautoriteit van deze server &amp;vertrouwen…</translation>
    </message>
    <message>
        <source>For your organisation&apos;s own server: choose its CA certificate (a PEM file from the server&apos;s administrator)</source>
        <translation>Voor de eigen server van uw organisatie: kies het CA-certificaat (een PEM-bestand van de beheerder van de server)</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Inloggen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Trusted certificate authority for this server: %1
SHA-256 %2</source>
        <translation>Vertrouwde certificaatautoriteit voor deze server: %1
SHA-256 %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address first: the certificate authority is trusted for that server only.</source>
        <translation>Vul eerst het adres van de server in: de certificaatautoriteit wordt alleen voor die server vertrouwd.</translation>
    </message>
    <message>
        <source>The server&apos;s CA certificate</source>
        <translation>Het CA-certificaat van de server</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1
valid until %2
SHA-256 fingerprint:
%3</source>
        <translation>%1
geldig tot %2
SHA-256-vingerafdruk:
%3</translation>
    </message>
    <message>
        <source>Trust this certificate authority?</source>
        <translation>Deze certificaatautoriteit vertrouwen?</translation>
    </message>
    <message>
        <source>Sendtrix will accept any certificate this authority signs for %1.

%2

Only continue if this fingerprint is the one the server&apos;s administrator gave you.</source>
        <translation>Sendtrix accepteert elk certificaat dat deze autoriteit voor %1 ondertekent.

%2

Ga alleen verder als deze vingerafdruk dezelfde is als die de beheerder van de server u gaf.</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Vertrouwen</translation>
    </message>
    <message>
        <source>“%1” is not a server address. It starts with https://, for example https://sendtrix.example.nl:8443.</source>
        <translation>“%1” is geen serveradres. Het begint met https://, bijvoorbeeld https://sendtrix.example.nl:8443.</translation>
    </message>
    <message>
        <source>Enter your e-mail address and password.</source>
        <translation>Vul uw e-mailadres en wachtwoord in.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Inloggen…</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Ingelogd</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Uitloggen</translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation>&amp;Inloggen…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Uitloggen</translation>
    </message>
    <message>
        <source>Log out of %1 as %2? Sendtrix stops syncing until you log in again; your work on this computer is kept.</source>
        <translation>Uitloggen bij %1 als %2? Sendtrix synchroniseert niet meer tot u opnieuw inlogt; uw werk op deze computer blijft bewaard.</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Uitgelogd</translation>
    </message>
</context>
<context>
    <name>MailingEditor</name>
    <message>
        <source>← All mailings</source>
        <translation>← Alle mailings</translation>
    </message>
    <message>
        <source>Back to the list of mailings. Your changes are saved.</source>
        <translation>Terug naar de lijst met mailings. Uw wijzigingen zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Name of the mailing (only you see it)</source>
        <translation>Naam van de mailing (alleen u ziet die)</translation>
    </message>
    <message>
        <source>Make a copy</source>
        <translation>Kopie maken</translation>
    </message>
    <message>
        <source>A new draft with the same content, to change and schedule</source>
        <translation>Een nieuw concept met dezelfde inhoud, om te wijzigen en in te plannen</translation>
    </message>
    <message>
        <source>Cancel mailing…</source>
        <translation>Mailing annuleren…</translation>
    </message>
    <message>
        <source>Stop this mailing: it is not sent to anyone who has not received it yet</source>
        <translation>Deze mailing stoppen: wie hem nog niet heeft ontvangen, krijgt hem niet meer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Veld invoegen</translation>
    </message>
    <message>
        <source>Put a merge field in the subject, such as the first name</source>
        <translation>Een samenvoegveld in het onderwerp zetten, zoals de voornaam</translation>
    </message>
    <message>
        <source>&amp;Preheader:</source>
        <translation>&amp;Voorvertoning:</translation>
    </message>
    <message>
        <source>Optional: a short line shown after the subject</source>
        <translation>Optioneel: een korte regel die na het onderwerp wordt getoond</translation>
    </message>
    <message>
        <source>Many mail programs show this line next to or below the subject, before the mail is opened.</source>
        <translation>Veel mailprogramma&apos;s tonen deze regel naast of onder het onderwerp, voordat de mail wordt geopend.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Sjabloon:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Show this template in the Templates area</source>
        <translation>Dit sjabloon tonen bij Sjablonen</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>&amp;Naam afzender:</translation>
    </message>
    <message>
        <source>From &amp;address:</source>
        <translation>&amp;Adres afzender:</translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation>Antwoo&amp;rdadres:</translation>
    </message>
    <message>
        <source>Optional: where replies go, if not the From address</source>
        <translation>Optioneel: waar antwoorden heen gaan, als dat niet het afzenderadres is</translation>
    </message>
    <message>
        <source>Empty fields use your defaults from &lt;a href=&quot;settings&quot;&gt;Settings → Sender&lt;/a&gt;.</source>
        <translation>Lege velden gebruiken uw standaard uit &lt;a href=&quot;settings&quot;&gt;Instellingen → Afzender&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Verzenden &amp;naar:</translation>
    </message>
    <message>
        <source>&amp;Leave out:</source>
        <translation>&amp;Overslaan:</translation>
    </message>
    <message>
        <source>Contacts in any ticked list or segment on the left receive the mailing, unless they are in one ticked on the right. Only contacts subscribed to the newsletter are mailed, and never an address on the suppression list.</source>
        <translation>Contacten in een aangevinkte lijst of segment links ontvangen de mailing, tenzij ze in een lijst of segment staan dat rechts is aangevinkt. Alleen contacten die voor de nieuwsbrief zijn ingeschreven krijgen hem, en nooit een adres op de blokkeerlijst.</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Meten</translation>
    </message>
    <message>
        <source>Track &amp;opens</source>
        <translation>&amp;Openingen meten</translation>
    </message>
    <message>
        <source>Adds an invisible image that tells you who opened the mailing and when. That is personal data about reading habits: mention it in your privacy statement. Many mail programs block it, so the figures are rough.</source>
        <translation>Voegt een onzichtbaar plaatje toe dat u laat zien wie de mailing opende en wanneer. Dat zijn persoonsgegevens over leesgedrag: vermeld het in uw privacyverklaring. Veel mailprogramma&apos;s blokkeren het, dus de cijfers zijn ruw.</translation>
    </message>
    <message>
        <source>Track &amp;clicks</source>
        <translation>&amp;Kliks meten</translation>
    </message>
    <message>
        <source>Links go through Sendtrix first, so you see who clicked which link. That is personal data too: mention it in your privacy statement. Without it you still see how many unsubscribed.</source>
        <translation>Links gaan eerst via Sendtrix, zodat u ziet wie op welke link klikte. Ook dat zijn persoonsgegevens: vermeld het in uw privacyverklaring. Zonder meten ziet u nog steeds hoeveel mensen zich afmeldden.</translation>
    </message>
    <message>
        <source>Send time</source>
        <translation>Verzendtijd</translation>
    </message>
    <message>
        <source>As soon as &amp;possible after scheduling</source>
        <translation>Zo snel mogelijk na het &amp;inplannen</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>O&amp;p:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Tijdzone:</translation>
    </message>
    <message>
        <source>Date and time in the chosen time zone</source>
        <translation>Datum en tijd in de gekozen tijdzone</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Inplannen…</translation>
    </message>
    <message>
        <source>Choose to send it: you confirm the recipients and the time first</source>
        <translation>Kiezen om te verzenden: u bevestigt eerst de ontvangers en de tijd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Controlelijst</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Everything must be ticked before the mailing can be scheduled. Scheduling seals it: the recipients, content and sender are fixed from then on.</source>
        <translation>Alles moet afgevinkt zijn voordat de mailing kan worden ingepland. Inplannen verzegelt hem: ontvangers, inhoud en afzender liggen vanaf dan vast.</translation>
    </message>
    <message>
        <source>Filter by name or e-mail address</source>
        <translation>Filteren op naam of e-mailadres</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Consent when sealed</source>
        <translation>Toestemming bij verzegelen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Double-click a recipient to preview the mailing as they get it.</source>
        <translation>Dubbelklik op een ontvanger om de mailing te zien zoals die persoon hem krijgt.</translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation>Voorbeeld &amp;voor:</translation>
    </message>
    <message>
        <source>Name or e-mail of a contact</source>
        <translation>Naam of e-mailadres van een contact</translation>
    </message>
    <message>
        <source>Type a name or address to see the mailing as that person gets it. Empty: a sample contact.</source>
        <translation>Typ een naam of adres om de mailing te zien zoals die persoon hem krijgt. Leeg: een voorbeeldcontact.</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Platte tekst</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Kies een sjabloon…</translation>
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
        <source>The contact&apos;s company</source>
        <translation>Het bedrijf van het contact</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Your company name (Settings)</source>
        <translation>Uw bedrijfsnaam (Instellingen)</translation>
    </message>
    <message>
        <source>This mailing is sealed (scheduled on %1). To change it, make a copy.</source>
        <translation>Deze mailing is verzegeld (ingepland op %1). Maak een kopie om hem te wijzigen.</translation>
    </message>
    <message>
        <source>Name or e-mail of a recipient</source>
        <translation>Naam of e-mailadres van een ontvanger</translation>
    </message>
    <message>
        <source>A mailing needs a name.</source>
        <translation>Een mailing heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Another mailing is called “%1”.</source>
        <translation>Er is al een mailing met de naam “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a complete e-mail address yet; it is saved once it is one.</source>
        <translation>“%1” is nog geen volledig e-mailadres; het wordt opgeslagen zodra het er een is.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Saved, except the fields marked in red</source>
        <translation>Opgeslagen, behalve de rood gemarkeerde velden</translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation>Alle wijzigingen opgeslagen (%1)</translation>
    </message>
    <message>
        <source>“%1” was changed by another program as well. Your version is kept.</source>
        <translation>“%1” is ook door een ander programma gewijzigd. Uw versie is bewaard.</translation>
    </message>
    <message>
        <source>“%1” was scheduled by another program; your last changes could not be saved in it. Make a copy to use them.</source>
        <translation>“%1” is door een ander programma ingepland; uw laatste wijzigingen konden er niet in worden opgeslagen. Maak een kopie om ze te gebruiken.</translation>
    </message>
    <message>
        <source>No default yet: type a name here</source>
        <translation>Nog geen standaard: typ hier een naam</translation>
    </message>
    <message>
        <source>No default yet: type an address here</source>
        <translation>Nog geen standaard: typ hier een adres</translation>
    </message>
    <message>
        <source>Empty: the template&apos;s subject, “%1”</source>
        <translation>Leeg: het onderwerp van het sjabloon, “%1”</translation>
    </message>
    <message>
        <source>Merge fields such as {{first_name}} work here</source>
        <translation>Samenvoegvelden zoals {{first_name}} werken hier</translation>
    </message>
    <message>
        <source>%1 (deleted since; the mailing keeps its copy)</source>
        <translation>%1 (inmiddels verwijderd; de mailing houdt zijn kopie)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>%1 (no longer exists)</source>
        <translation>%1 (bestaat niet meer)</translation>
    </message>
    <message>
        <source>A deleted list</source>
        <translation>Een verwijderde lijst</translation>
    </message>
    <message>
        <source>A deleted segment</source>
        <translation>Een verwijderd segment</translation>
    </message>
    <message>
        <source>This list no longer exists. Untick it: the mailing cannot be counted or scheduled while it names a list that is gone.</source>
        <translation>Deze lijst bestaat niet meer. Vink hem uit: de mailing kan niet worden geteld of ingepland zolang hij een verdwenen lijst noemt.</translation>
    </message>
    <message>
        <source>This segment no longer exists. Untick it: the mailing cannot be counted or scheduled while it names a segment that is gone.</source>
        <translation>Dit segment bestaat niet meer. Vink het uit: de mailing kan niet worden geteld of ingepland zolang hij een verdwenen segment noemt.</translation>
    </message>
    <message>
        <source>No lists or segments yet. Make a list under Contacts.</source>
        <translation>Nog geen lijsten of segmenten. Maak een lijst bij Contacten.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lijsten</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in this list</source>
        <translation>
            <numerusform>%n contact in deze lijst</numerusform>
            <numerusform>%n contacten in deze lijst</numerusform>
        </translation>
    </message>
    <message>
        <source>No lists yet</source>
        <translation>Nog geen lijsten</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenten</translation>
    </message>
    <message>
        <source>Segment: the contacts that match its rules when the mailing is scheduled</source>
        <translation>Segment: de contacten die aan de regels voldoen op het moment dat de mailing wordt ingepland</translation>
    </message>
    <message>
        <source>No segments yet</source>
        <translation>Nog geen segmenten</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n ontvanger</numerusform>
            <numerusform>%n ontvangers</numerusform>
        </translation>
    </message>
    <message>
        <source>Fixed when the mailing was scheduled on %1: later changes to contacts, lists or consent do not change who receives it.</source>
        <translation>Vastgelegd toen de mailing op %1 werd ingepland: latere wijzigingen in contacten, lijsten of toestemming veranderen niet wie hem ontvangt.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <source>No audience chosen yet</source>
        <translation>Nog geen ontvangers gekozen</translation>
    </message>
    <message>
        <source>Tick the lists or segments this mailing goes to, under Audience.</source>
        <translation>Vink onder Ontvangers de lijsten of segmenten aan waar deze mailing heen gaat.</translation>
    </message>
    <message>
        <source>Cannot count the recipients</source>
        <translation>De ontvangers kunnen niet worden geteld</translation>
    </message>
    <message>
        <source>Counting recipients…</source>
        <translation>Ontvangers tellen…</translation>
    </message>
    <message>
        <source>Counting is done in the background; you can go on working.</source>
        <translation>Het tellen gebeurt op de achtergrond; u kunt gewoon doorwerken.</translation>
    </message>
    <message numerus="yes">
        <source>of the %n contact(s) in the chosen lists and segments, as of now. The recipients are fixed when the mailing is scheduled.</source>
        <translation>
            <numerusform>van het %n contact in de gekozen lijsten en segmenten, op dit moment. De ontvangers worden vastgelegd als de mailing wordt ingepland.</numerusform>
            <numerusform>van de %n contacten in de gekozen lijsten en segmenten, op dit moment. De ontvangers worden vastgelegd als de mailing wordt ingepland.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n contact(s)</source>
        <translation>
            <numerusform>Overgeslagen: %n contact</numerusform>
            <numerusform>Overgeslagen: %n contacten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not subscribed to the newsletter</source>
        <translation>Niet ingeschreven voor de nieuwsbrief</translation>
    </message>
    <message>
        <source>Only contacts whose newsletter consent is “subscribed” receive mailings.</source>
        <translation>Alleen contacten met toestemming “ingeschreven” voor de nieuwsbrief ontvangen mailings.</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Wacht op bevestiging</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Address bounced</source>
        <translation>Adres onbestelbaar</translation>
    </message>
    <message>
        <source>Marked a mailing as spam</source>
        <translation>Markeerde een mailing als spam</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Geen toestemming vastgelegd</translation>
    </message>
    <message>
        <source>On the suppression list</source>
        <translation>Op de blokkeerlijst</translation>
    </message>
    <message>
        <source>Addresses that must never be mailed again: they unsubscribed, bounced or complained before, possibly as another contact.</source>
        <translation>Adressen die nooit meer gemaild mogen worden: ze hebben zich eerder afgemeld, waren onbestelbaar of klaagden, mogelijk als ander contact.</translation>
    </message>
    <message>
        <source>In a list or segment you leave out</source>
        <translation>In een lijst of segment dat u overslaat</translation>
    </message>
    <message>
        <source>Deleted contacts still in a list</source>
        <translation>Verwijderde contacten die nog in een lijst staan</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>No recipients</source>
        <translation>Geen ontvangers</translation>
    </message>
    <message>
        <source>No recipient matches “%1”</source>
        <translation>Geen ontvanger komt overeen met “%1”</translation>
    </message>
    <message>
        <source>Showing %1–%2 of %3</source>
        <translation>%1–%2 van %3 getoond</translation>
    </message>
    <message>
        <source>Showing %1–%2</source>
        <translation>%1–%2 getoond</translation>
    </message>
    <message>
        <source>The audience is being counted; this takes a moment for large lists.</source>
        <translation>De ontvangers worden geteld; bij grote lijsten duurt dat even.</translation>
    </message>
    <message>
        <source>Scheduled for %1, to %2.</source>
        <translation>Ingepland voor %1, naar %2.</translation>
    </message>
    <message>
        <source>Scheduled to go out as soon as possible, to %1.</source>
        <translation>Ingepland om zo snel mogelijk te verzenden, naar %1.</translation>
    </message>
    <message>
        <source>Being sent to %1.</source>
        <translation>Wordt verzonden naar %1.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Verzonden naar %1.</translation>
    </message>
    <message>
        <source>Paused. It was scheduled for %1.</source>
        <translation>Gepauzeerd. Hij was ingepland voor %1.</translation>
    </message>
    <message>
        <source>Cancelled. It was scheduled for %1; those not reached yet get nothing.</source>
        <translation>Geannuleerd. Hij was ingepland voor %1; wie nog niet bereikt was, krijgt niets.</translation>
    </message>
    <message>
        <source>Sending failed. It was scheduled for %1.</source>
        <translation>Verzenden mislukt. Hij was ingepland voor %1.</translation>
    </message>
    <message>
        <source>Sealed on:</source>
        <translation>Verzegeld op:</translation>
    </message>
    <message>
        <source>Send time:</source>
        <translation>Verzendtijd:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Ontvangers:</translation>
    </message>
    <message>
        <source>The content, sender and recipients were fixed when the mailing was scheduled. The Recipients tab lists who gets it; the Preview tab shows what they get.</source>
        <translation>Inhoud, afzender en ontvangers zijn vastgelegd toen de mailing werd ingepland. Het tabblad Ontvangers toont wie hem krijgt; het tabblad Voorbeeld wat ze krijgen.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>In orde</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Aanbevolen</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Tellen</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Instellingen openen…</translation>
    </message>
    <message>
        <source>Open the template</source>
        <translation>Het sjabloon openen</translation>
    </message>
    <message>
        <source>Give the mailing a name that is not taken first.</source>
        <translation>Geef de mailing eerst een naam die nog niet bestaat.</translation>
    </message>
    <message>
        <source>Waiting for the recipient count…</source>
        <translation>Wachten op het aantal ontvangers…</translation>
    </message>
    <message numerus="yes">
        <source>Still to do before it can be scheduled: %n item(s).</source>
        <translation>
            <numerusform>Nog te doen voordat hij kan worden ingepland: %n punt.</numerusform>
            <numerusform>Nog te doen voordat hij kan worden ingepland: %n punten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready. You confirm the recipients and time in the next step.</source>
        <translation>Klaar. U bevestigt de ontvangers en de tijd in de volgende stap.</translation>
    </message>
    <message>
        <source>Mailing not scheduled</source>
        <translation>Mailing niet ingepland</translation>
    </message>
    <message>
        <source>Your last changes could not be saved: %1</source>
        <translation>Uw laatste wijzigingen konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>op %1</translation>
    </message>
    <message>
        <source>as soon as possible</source>
        <translation>zo snel mogelijk</translation>
    </message>
    <message>
        <source>Schedule mailing</source>
        <translation>Mailing inplannen</translation>
    </message>
    <message>
        <source>Send “%1” to %2 %3?</source>
        <translation>“%1” %3 naar %2 verzenden?</translation>
    </message>
    <message>
        <source>Scheduling seals the mailing: its content, sender and recipients are fixed, and to change it you make a copy. You can still cancel it until it has been sent.</source>
        <translation>Inplannen verzegelt de mailing: inhoud, afzender en ontvangers liggen vast, en om hem te wijzigen maakt u een kopie. U kunt hem nog annuleren tot hij is verzonden.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Inplannen</translation>
    </message>
    <message>
        <source>Sealing “%1” and fixing its recipients…</source>
        <translation>“%1” verzegelen en de ontvangers vastleggen…</translation>
    </message>
    <message>
        <source>“%1” is scheduled %2 for %3.</source>
        <translation>“%1” is %2 ingepland voor %3.</translation>
    </message>
    <message>
        <source>%1 is not a recipient of this mailing.</source>
        <translation>%1 is geen ontvanger van deze mailing.</translation>
    </message>
    <message>
        <source>No contact has the address %1.</source>
        <translation>Geen contact heeft het adres %1.</translation>
    </message>
    <message>
        <source>(no sender yet)</source>
        <translation>(nog geen afzender)</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <source>%1 (a sample contact)</source>
        <translation>%1 (een voorbeeldcontact)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Preheader:</source>
        <translation>Voorvertoning:</translation>
    </message>
</context>
<context>
    <name>MailingFormat</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>Zo snel mogelijk</translation>
    </message>
</context>
<context>
    <name>MailingPlanner</name>
    <message>
        <source>A template is chosen</source>
        <translation>Er is een sjabloon gekozen</translation>
    </message>
    <message>
        <source>The template of this mailing no longer exists. Choose another one.</source>
        <translation>Het sjabloon van deze mailing bestaat niet meer. Kies een ander.</translation>
    </message>
    <message>
        <source>Choose the template this mailing is made from.</source>
        <translation>Kies het sjabloon waarmee deze mailing wordt gemaakt.</translation>
    </message>
    <message>
        <source>The template has no errors</source>
        <translation>Het sjabloon bevat geen fouten</translation>
    </message>
    <message numerus="yes">
        <source>The template has %n error(s). The first: %1 Open the template to fix it.</source>
        <translation>
            <numerusform>Het sjabloon bevat %n fout. De eerste: %1 Open het sjabloon om het te herstellen.</numerusform>
            <numerusform>Het sjabloon bevat %n fouten. De eerste: %1 Open het sjabloon om ze te herstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template has an unsubscribe link</source>
        <translation>Het sjabloon heeft een afmeldlink</translation>
    </message>
    <message>
        <source>Add a link to {{unsubscribe_url}} to the template: everyone must be able to unsubscribe from every mailing.</source>
        <translation>Voeg een link naar {{unsubscribe_url}} toe aan het sjabloon: iedereen moet zich bij elke mailing kunnen afmelden.</translation>
    </message>
    <message>
        <source>There is no template to check yet.</source>
        <translation>Er is nog geen sjabloon om te controleren.</translation>
    </message>
    <message>
        <source>The mailing has a subject</source>
        <translation>De mailing heeft een onderwerp</translation>
    </message>
    <message>
        <source>Type a subject for the mailing (or give its template one).</source>
        <translation>Typ een onderwerp voor de mailing (of geef het sjabloon er een).</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>bedrijfsnaam</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>postadres</translation>
    </message>
    <message>
        <source>The sender’s company and address are set</source>
        <translation>Bedrijfsnaam en adres van de afzender zijn ingevuld</translation>
    </message>
    <message>
        <source>Every mailing must say who sends it. Fill in the %1 under Settings → Sender.</source>
        <translation>Elke mailing moet vermelden wie hem verstuurt. Vul de %1 in onder Instellingen → Afzender.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>Give the mailing a “From” address, or set a default one under Settings → Sender.</source>
        <translation>Geef de mailing een afzenderadres, of stel een standaardadres in onder Instellingen → Afzender.</translation>
    </message>
    <message>
        <source>The “From” address “%1” is not a valid e-mail address.</source>
        <translation>Het afzenderadres “%1” is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>The reply-to address “%1” is not a valid e-mail address.</source>
        <translation>Het antwoordadres “%1” is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>The sender’s e-mail address is valid</source>
        <translation>Het e-mailadres van de afzender is geldig</translation>
    </message>
    <message>
        <source>Choose the lists or segments this mailing goes to.</source>
        <translation>Kies de lijsten of segmenten waar deze mailing naartoe gaat.</translation>
    </message>
    <message>
        <source>No one in this audience is subscribed to the newsletter and not suppressed. Choose other lists or segments.</source>
        <translation>Niemand in deze doelgroep is ingeschreven voor de nieuwsbrief en niet geblokkeerd. Kies andere lijsten of segmenten.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n ontvanger</numerusform>
            <numerusform>%n ontvangers</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one recipient</source>
        <translation>Minstens één ontvanger</translation>
    </message>
    <message>
        <source>The send time is ahead</source>
        <translation>Het verzendtijdstip ligt in de toekomst</translation>
    </message>
    <message>
        <source>The chosen send time has passed. Choose a later time or “as soon as possible”.</source>
        <translation>Het gekozen verzendtijdstip is voorbij. Kies een later tijdstip of “zo snel mogelijk”.</translation>
    </message>
    <message>
        <source>Send a test first</source>
        <translation>Verstuur eerst een test</translation>
    </message>
    <message>
        <source>Recommended: look at a test message in your own mailbox before it goes to everyone.</source>
        <translation>Aanbevolen: bekijk een testbericht in uw eigen mailbox voordat het naar iedereen gaat.</translation>
    </message>
    <message>
        <source>Choose a template to see the message.</source>
        <translation>Kies een sjabloon om het bericht te zien.</translation>
    </message>
    <message>
        <source>This mailing no longer exists.</source>
        <translation>Deze mailing bestaat niet meer.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>“%1” is geen tijdzone.</translation>
    </message>
    <message>
        <source>This mailing cannot be scheduled yet: %1</source>
        <translation>Deze mailing kan nog niet worden ingepland: %1</translation>
    </message>
</context>
<context>
    <name>MailingRepository</name>
    <message>
        <source>This mailing is sealed; make a copy to change it.</source>
        <translation>Deze mailing is verzegeld; maak een kopie om hem te wijzigen.</translation>
    </message>
    <message>
        <source>Give the mailing a name.</source>
        <translation>Geef de mailing een naam.</translation>
    </message>
    <message>
        <source>There is already a mailing called “%1”. Choose another name.</source>
        <translation>Er is al een mailing met de naam “%1”. Kies een andere naam.</translation>
    </message>
    <message>
        <source>“%1” is not a valid sender address.</source>
        <translation>“%1” is geen geldig afzenderadres.</translation>
    </message>
    <message>
        <source>“%1” is not a valid reply-to address.</source>
        <translation>“%1” is geen geldig antwoordadres.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>“%1” is geen bekende tijdzone.</translation>
    </message>
    <message>
        <source>The template of this mailing no longer exists. Choose another one.</source>
        <translation>Het sjabloon van deze mailing bestaat niet meer. Kies een ander.</translation>
    </message>
    <message>
        <source>This mailing no longer exists.</source>
        <translation>Deze mailing bestaat niet meer.</translation>
    </message>
    <message>
        <source>This mailing is sealed; it stays as the record of what was sent.</source>
        <translation>Deze mailing is verzegeld; hij blijft bewaard als vastlegging van wat er verstuurd is.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>mailing name</comment>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <comment>mailing name</comment>
        <translation>%1 (kopie %2)</translation>
    </message>
    <message>
        <source>A mailing cannot go from “%1” to “%2” without being sealed.</source>
        <translation>Een mailing kan niet van “%1” naar “%2” zonder verzegeld te worden.</translation>
    </message>
    <message>
        <source>A mailing cannot go from “%1” to “%2”.</source>
        <translation>Een mailing kan niet van “%1” naar “%2”.</translation>
    </message>
    <message>
        <source>This mailing is already sealed.</source>
        <translation>Deze mailing is al verzegeld.</translation>
    </message>
    <message>
        <source>The template has no {{unsubscribe_url}} link. Every mailing must let people unsubscribe.</source>
        <translation>Het sjabloon heeft geen link {{unsubscribe_url}}. Met elke mailing moeten mensen zich kunnen afmelden.</translation>
    </message>
    <message>
        <source>No one would receive this mailing: its audience has no subscribed contacts that are not suppressed or excluded.</source>
        <translation>Niemand zou deze mailing krijgen: er zijn geen aangemelde contacten die niet geblokkeerd of uitgesloten zijn.</translation>
    </message>
    <message>
        <source>The recipients cannot be selected in memory here; the database selection is needed.</source>
        <translation>De ontvangers kunnen hier niet in het geheugen worden gekozen; de selectie in de database is nodig.</translation>
    </message>
</context>
<context>
    <name>MailingState</name>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>ingepland</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wordt verstuurd</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verstuurd</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
</context>
<context>
    <name>MailingsPage</name>
    <message>
        <source>Mailings</source>
        <translation>Mailings</translation>
    </message>
    <message>
        <source>Double-click a mailing to open it. A draft is saved as you type; once scheduled, a mailing is sealed and changes need a copy.</source>
        <translation>Dubbelklik op een mailing om hem te openen. Een concept wordt opgeslagen terwijl u typt; eenmaal ingepland is een mailing verzegeld en zijn wijzigingen alleen in een kopie mogelijk.</translation>
    </message>
    <message>
        <source>New mailing</source>
        <translation>Nieuwe mailing</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Make a new draft with the same content</source>
        <translation>Een nieuw concept met dezelfde inhoud maken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete this draft (a mailing that was scheduled is kept as the record of what was sent)</source>
        <translation>Dit concept verwijderen (een ingeplande mailing blijft bewaard als verslag van wat is verzonden)</translation>
    </message>
    <message>
        <source>Cancel mailing…</source>
        <translation>Mailing annuleren…</translation>
    </message>
    <message>
        <source>Stop a scheduled mailing before it goes out</source>
        <translation>Een ingeplande mailing stoppen voordat hij wordt verzonden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Send time</source>
        <translation>Verzendtijd</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>No mailings yet</source>
        <translation>Nog geen mailings</translation>
    </message>
    <message>
        <source>A mailing sends one of your templates to the lists and segments you choose. Sendtrix checks it with you before it goes out, and only subscribed contacts receive it.</source>
        <translation>Een mailing stuurt een van uw sjablonen naar de lijsten en segmenten die u kiest. Sendtrix controleert hem met u voordat hij de deur uit gaat, en alleen ingeschreven contacten ontvangen hem.</translation>
    </message>
    <message>
        <source>Create your first mailing</source>
        <translation>Uw eerste mailing maken</translation>
    </message>
    <message>
        <source>%1
Subject: %2</source>
        <translation>%1
Onderwerp: %2</translation>
    </message>
    <message>
        <source>Planned; fixed when the mailing is scheduled</source>
        <translation>Gepland; vastgelegd als de mailing wordt ingepland</translation>
    </message>
    <message>
        <source>Counted when the draft was open; fixed when it is scheduled</source>
        <translation>Geteld toen het concept open was; vastgelegd bij het inplannen</translation>
    </message>
    <message>
        <source>Open the draft to count its recipients</source>
        <translation>Open het concept om de ontvangers te tellen</translation>
    </message>
    <message>
        <source>Mailing not created</source>
        <translation>Mailing niet aangemaakt</translation>
    </message>
    <message>
        <source>Mailing not copied</source>
        <translation>Mailing niet gekopieerd</translation>
    </message>
    <message>
        <source>“%1” is a new draft: change it and schedule it when it is ready.</source>
        <translation>“%1” is een nieuw concept: wijzig het en plan het in als het klaar is.</translation>
    </message>
    <message>
        <source>Delete mailing</source>
        <translation>Mailing verwijderen</translation>
    </message>
    <message>
        <source>“%1” has been scheduled, so it is kept as the record of what was sent. You can cancel it if it has not gone out.</source>
        <translation>“%1” is ingepland en blijft daarom bewaard als verslag van wat is verzonden. U kunt hem annuleren als hij nog niet is verzonden.</translation>
    </message>
    <message>
        <source>Delete the draft “%1”?</source>
        <translation>Het concept “%1” verwijderen?</translation>
    </message>
    <message>
        <source>Mailing not deleted</source>
        <translation>Mailing niet verwijderd</translation>
    </message>
    <message>
        <source>Draft “%1” deleted.</source>
        <translation>Concept “%1” verwijderd.</translation>
    </message>
    <message>
        <source>Cancel mailing</source>
        <translation>Mailing annuleren</translation>
    </message>
    <message>
        <source>Cancel “%1”?</source>
        <translation>“%1” annuleren?</translation>
    </message>
    <message>
        <source>It is being sent now. Recipients who have not received it yet will not get it. This cannot be undone; a copy can be scheduled again.</source>
        <translation>Hij wordt nu verzonden. Ontvangers die hem nog niet hebben, krijgen hem niet meer. Dit kan niet ongedaan worden gemaakt; een kopie kan opnieuw worden ingepland.</translation>
    </message>
    <message>
        <source>It will not be sent to its %1 recipients. This cannot be undone; you can make a copy and schedule that instead.</source>
        <translation>Hij wordt niet naar de %1 ontvangers verzonden. Dit kan niet ongedaan worden gemaakt; u kunt een kopie maken en die inplannen.</translation>
    </message>
    <message>
        <source>Keep it scheduled</source>
        <translation>Ingepland laten</translation>
    </message>
    <message>
        <source>Mailing not cancelled</source>
        <translation>Mailing niet geannuleerd</translation>
    </message>
    <message>
        <source>“%1” is cancelled.</source>
        <translation>“%1” is geannuleerd.</translation>
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
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;Verify consent history…</source>
        <translation>Toestemmingsgeschiedenis &amp;controleren…</translation>
    </message>
    <message>
        <source>Check that no consent record has been changed or removed outside Sendtrix</source>
        <translation>Controleer dat er buiten Sendtrix om geen toestemming is gewijzigd of verwijderd</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>Contacten &amp;exporteren…</translation>
    </message>
    <message>
        <source>Save the contacts shown (with the current list, search and filter) as CSV or vCard</source>
        <translation>Sla de getoonde contacten (met de huidige lijst, zoekopdracht en filter) op als CSV of vCard</translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation>Laatste import &amp;ongedaan maken…</translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation>Laatste import ongedaan maken</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Er is geen import om ongedaan te maken.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import ongedaan maken</translation>
    </message>
    <message>
        <source>Undid the import of %1.</source>
        <translation>De import van %1 is ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Contacten &amp;importeren…</translation>
    </message>
    <message>
        <source>Add contacts from a CSV file (Excel, Outlook, Google, Mailchimp) or a vCard file</source>
        <translation>Contacten toevoegen uit een CSV-bestand (Excel, Outlook, Google, Mailchimp) of een vCard-bestand</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated.</source>
        <translation>%1 geïmporteerd: %2 toegevoegd, %3 bijgewerkt.</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2)?</source>
        <translation>De import van %1 (%2) ongedaan maken?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln contact(s) it added are removed.</source>
        <translation>
            <numerusform>Het %Ln contact dat erbij kwam, wordt verwijderd.</numerusform>
            <numerusform>De %Ln contacten die erbij kwamen, worden verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln contact(s) it changed get their earlier details back.</source>
        <translation>
            <numerusform>Het %Ln contact dat gewijzigd werd, krijgt zijn eerdere gegevens terug.</numerusform>
            <numerusform>De %Ln contacten die gewijzigd werden, krijgen hun eerdere gegevens terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent it recorded stays in the history.</source>
        <translation>Vastgelegde toestemming blijft in de geschiedenis staan.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Mailings</source>
        <translation>Mailings</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>&lt;b&gt;Our privacy policy changes on %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Ons privacybeleid verandert op %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Read the new policy</source>
        <translation>Lees het nieuwe beleid</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Wegklikken</translation>
    </message>
    <message>
        <source>Service announcement</source>
        <translation>Servicemelding</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
</context>
<context>
    <name>PersonRights</name>
    <message>
        <source>personal-data-%1.json</source>
        <translation>persoonsgegevens-%1.json</translation>
    </message>
    <message>
        <source>Export personal data of %1</source>
        <translation>Persoonsgegevens van %1 exporteren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Persoonsgegevens geëxporteerd</translation>
    </message>
    <message>
        <source>Everything Sendtrix holds about %1 is in %2: the contact&apos;s fields, lists, tags and the full consent history with evidence. You can send this file to the person.</source>
        <translation>Alles wat Sendtrix over %1 bewaart staat in %2: de gegevens van het contact, lijsten, labels en de volledige toestemmingsgeschiedenis met bewijs. U kunt dit bestand naar de persoon sturen.</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>%1 wissen</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>%1 voorgoed wissen?</translation>
    </message>
    <message>
        <source>This removes %1 from Sendtrix: the contact, its lists and tags and its whole consent history, also from your other devices once they sync. Only a salted hash of the address stays on the suppression list, so it is never mailed again, and a note that an erasure happened, without saying who.

This cannot be undone. Export the data first if the person asked for a copy.</source>
        <translation>Hiermee verdwijnt %1 uit Sendtrix: het contact, de lijsten en labels en de hele toestemmingsgeschiedenis, ook van uw andere apparaten zodra die synchroniseren. Alleen een gezouten hash van het adres blijft op de blokkeerlijst, zodat er nooit meer naartoe gemaild wordt, met een notitie dat er gewist is, zonder te zeggen wie.

Dit kan niet ongedaan worden gemaakt. Exporteer de gegevens eerst als de persoon om een kopie vroeg.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Voorgoed wissen</translation>
    </message>
    <message>
        <source>Erasing failed</source>
        <translation>Wissen mislukt</translation>
    </message>
    <message>
        <source>Removing every trace of %1 from the search index…</source>
        <translation>Elk spoor van %1 wordt uit de zoekindex verwijderd…</translation>
    </message>
    <message>
        <source>Erasing not finished</source>
        <translation>Wissen niet afgerond</translation>
    </message>
    <message>
        <source>%1 is erased, but the search index could not be cleaned up yet: %2

Sendtrix finishes this the next time it opens the store.</source>
        <translation>%1 is gewist, maar de zoekindex kon nog niet worden opgeschoond: %2

Sendtrix rondt dit af zodra het het gegevensbestand weer opent.</translation>
    </message>
</context>
<context>
    <name>PolicyAckDialog</name>
    <message>
        <source>Our privacy policy has changed</source>
        <translation>Ons privacybeleid is gewijzigd</translation>
    </message>
    <message>
        <source>&lt;b&gt;Since %1, version %2 of our privacy policy is in force.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sinds %1 geldt versie %2 van ons privacybeleid.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What changes: %1</source>
        <translation>Wat er verandert: %1</translation>
    </message>
    <message>
        <source>You can read it again at any time under Privacy.</source>
        <translation>U kunt het altijd teruglezen onder Privacy.</translation>
    </message>
    <message>
        <source>I have read it</source>
        <translation>Ik heb het gelezen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>PrivacyCentre</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>%1 (in force)</source>
        <translation>%1 (geldend)</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (tot %2)</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versie:</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Privacybeleid</translation>
    </message>
    <message>
        <source>The privacy policy could not be loaded.</source>
        <translation>Het privacybeleid kon niet worden geladen.</translation>
    </message>
    <message>
        <source>Version %1 · effective %2 · an earlier version</source>
        <translation>Versie %1 · geldig vanaf %2 · een eerdere versie</translation>
    </message>
    <message>
        <source>Version %1 · published %2 · takes effect on %3</source>
        <translation>Versie %1 · gepubliceerd %2 · geldt vanaf %3</translation>
    </message>
    <message>
        <source>Version %1 · in force since %2</source>
        <translation>Versie %1 · geldt sinds %2</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Uw keuzes</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (vanaf %2)</translation>
    </message>
    <message>
        <source>sendtrix-what-we-keep.json</source>
        <translation>sendtrix-wat-wij-bewaren.json</translation>
    </message>
    <message>
        <source>sendtrix-what-we-keep.html</source>
        <translation>sendtrix-wat-wij-bewaren.html</translation>
    </message>
    <message>
        <source>Save as JSON</source>
        <translation>Opslaan als JSON</translation>
    </message>
    <message>
        <source>Save as a web page</source>
        <translation>Opslaan als webpagina</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
    <message>
        <source>What Sendtrix keeps about you</source>
        <translation>Wat Sendtrix over u bewaart</translation>
    </message>
    <message>
        <source>What we keep</source>
        <translation>Wat wij bewaren</translation>
    </message>
    <message>
        <source>What Sendtrix keeps about you and your account: counts and sizes of what you store, your mailings per month and your choices. Save it to keep a copy or to ask us about it.</source>
        <translation>Wat Sendtrix over u en uw account bewaart: aantallen en groottes van wat u opslaat, uw mailings per maand en uw keuzes. Sla het op om een kopie te bewaren of om ons er een vraag over te stellen.</translation>
    </message>
    <message>
        <source>Save as web page…</source>
        <translation>Opslaan als webpagina…</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Opslaan als JSON…</translation>
    </message>
</context>
<context>
    <name>RecipientSelection</name>
    <message>
        <source>A list of this mailing’s audience no longer exists. Choose the lists again.</source>
        <translation>Een lijst van de ontvangers van deze mailing bestaat niet meer. Kies de lijsten opnieuw.</translation>
    </message>
    <message>
        <source>A segment of this mailing’s audience no longer exists. Choose the segments again.</source>
        <translation>Een segment van de ontvangers van deze mailing bestaat niet meer. Kies de segmenten opnieuw.</translation>
    </message>
    <message>
        <source>The rules of segment “%1” cannot be read: %2</source>
        <translation>De regels van segment “%1” kunnen niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The recipients cannot be counted in memory here; the count in the database is needed.</source>
        <translation>De ontvangers kunnen hier niet in het geheugen worden geteld; de telling in de database is nodig.</translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Soft opt-in: all five must be true (Telecommunicatiewet art. 11.7)</source>
        <translation>Soft opt-in: alle vijf moeten waar zijn (Telecommunicatiewet art. 11.7)</translation>
    </message>
    <message>
        <source>The address was given with a purchase</source>
        <translation>Het adres is gegeven bij een aankoop</translation>
    </message>
    <message>
        <source>The mail comes from the same company that made the sale</source>
        <translation>De mail komt van hetzelfde bedrijf dat de verkoop deed</translation>
    </message>
    <message>
        <source>The customer was told at the time that the address would be used for this</source>
        <translation>De klant is er bij het verkrijgen op gewezen dat het adres hiervoor gebruikt wordt</translation>
    </message>
    <message>
        <source>The customer could refuse at the time, free of charge</source>
        <translation>De klant kon dat toen kosteloos weigeren</translation>
    </message>
    <message>
        <source>The mailings are about the company&apos;s own, similar products</source>
        <translation>De mailings gaan over eigen, gelijksoortige producten</translation>
    </message>
    <message>
        <source>Source and proof</source>
        <translation>Bron en bewijs</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Wording shown</source>
        <translation>Getoonde tekst</translation>
    </message>
    <message>
        <source>Privacy policy version</source>
        <translation>Versie privacybeleid</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Bewijsbestand</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Afmelding vastleggen</translation>
    </message>
    <message>
        <source>Record that %1 agreed to be contacted. Say where and how, so you can show it later if anyone asks.</source>
        <translation>Leg vast dat %1 ermee instemde benaderd te worden. Geef aan waar en hoe, zodat u het later kunt aantonen als iemand ernaar vraagt.</translation>
    </message>
    <message>
        <source>Record that %1 no longer wants to be contacted. From now on no mailing goes to this address.</source>
        <translation>Leg vast dat %1 niet langer benaderd wil worden. Vanaf nu gaat er geen mailing meer naar dit adres.</translation>
    </message>
    <message>
        <source>e.g. Beurs Utrecht, stand 12; or the form&apos;s web address</source>
        <translation>bijv. Beurs Utrecht, stand 12; of het webadres van het formulier</translation>
    </message>
    <message>
        <source>The exact sentence the person agreed to, e.g. “Yes, send me the newsletter.”</source>
        <translation>De precieze zin waarmee de persoon instemde, bijv. “Ja, stuur mij de nieuwsbrief.”</translation>
    </message>
    <message>
        <source>e.g. 2026-01</source>
        <translation>bijv. 2026-01</translation>
    </message>
    <message>
        <source>None (optional: a scanned form, a screenshot, the e-mail)</source>
        <translation>Geen (optioneel: een gescand formulier, een schermafbeelding, de e-mail)</translation>
    </message>
    <message>
        <source>Choose an evidence file</source>
        <translation>Kies een bewijsbestand</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.msg *.txt);;All files (*)</source>
        <translation>Scans en documenten (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.msg *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Address on the suppression list</source>
        <translation>Adres op de blokkeerlijst</translation>
    </message>
    <message>
        <source>Has %1 explicitly asked to receive mail again?</source>
        <translation>Heeft %1 uitdrukkelijk gevraagd weer mail te ontvangen?</translation>
    </message>
    <message>
        <source>Yes, they asked again</source>
        <translation>Ja, de persoon vroeg het opnieuw</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>opgeslagen</translation>
    </message>
    <message>
        <source>saved automatically</source>
        <translation>automatisch opgeslagen</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>teruggezet</translation>
    </message>
    <message>
        <source>Template history</source>
        <translation>Geschiedenis van het sjabloon</translation>
    </message>
    <message>
        <source>Version %1 — %2
%3</source>
        <translation>Versie %1 — %2
%3</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Deze versie terugzetten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Subject: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Onderwerp: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <source>No contacts match these rules yet.</source>
        <translation>Nog geen contacten voldoen aan deze regels.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) match</source>
        <translation>
            <numerusform>%Ln contact voldoet</numerusform>
            <numerusform>%Ln contacten voldoen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit segment “%1”</source>
        <translation>Segment “%1” bewerken</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nieuw segment</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>For example: Customers in Utrecht</source>
        <translation>Bijvoorbeeld: Klanten in Utrecht</translation>
    </message>
    <message>
        <source>A segment is a saved selection of contacts. It is worked out again whenever it is used, so new contacts that match are included.</source>
        <translation>Een segment is een opgeslagen selectie van contacten. Het wordt bij elk gebruik opnieuw bepaald, dus nieuwe contacten die voldoen horen er ook bij.</translation>
    </message>
</context>
<context>
    <name>SegmentGroupEditor</name>
    <message>
        <source>or</source>
        <translation>of</translation>
    </message>
    <message>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <source>A group has no rules: add a rule to it, or remove the group.</source>
        <translation>Een groep heeft geen regels: voeg een regel toe of verwijder de groep.</translation>
    </message>
    <message>
        <source>Contacts that match</source>
        <extracomment>&quot;Match [all|any] of these rules&quot;: the words before the choice</extracomment>
        <translation>Contacten die voldoen aan</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Voldoet aan</translation>
    </message>
    <message>
        <source>all</source>
        <extracomment>&quot;Match [all|any] of these rules&quot;: the choice</extracomment>
        <translation>alle</translation>
    </message>
    <message>
        <source>any</source>
        <translation>een van</translation>
    </message>
    <message>
        <source>of these rules:</source>
        <extracomment>&quot;Match [all|any] of these rules&quot;: the words after the choice</extracomment>
        <translation>deze regels:</translation>
    </message>
    <message>
        <source>Match all or any of the rules</source>
        <translation>Aan alle regels voldoen of aan een ervan</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Groep toevoegen</translation>
    </message>
    <message>
        <source>Add a rule to this group</source>
        <translation>Een regel aan deze groep toevoegen</translation>
    </message>
    <message>
        <source>Add a group of rules with its own “all” or “any”</source>
        <translation>Een groep regels toevoegen met een eigen “alle” of “een van”</translation>
    </message>
    <message>
        <source>Groups can be nested at most %1 deep.</source>
        <translation>Groepen kunnen hoogstens %1 niveaus diep in elkaar zitten.</translation>
    </message>
    <message>
        <source>Remove this group and its rules</source>
        <translation>Deze groep en de regels erin verwijderen</translation>
    </message>
    <message>
        <source>No rules yet. Add a rule to choose which contacts belong to the segment.</source>
        <translation>Nog geen regels. Voeg een regel toe om te kiezen welke contacten bij het segment horen.</translation>
    </message>
    <message>
        <source>No rules in this group yet.</source>
        <translation>Nog geen regels in deze groep.</translation>
    </message>
</context>
<context>
    <name>SegmentRepository</name>
    <message>
        <source>Give the segment a name.</source>
        <translation>Geef het segment een naam.</translation>
    </message>
    <message>
        <source>There is already a segment called “%1”. Choose another name.</source>
        <translation>Er is al een segment met de naam “%1”. Kies een andere naam.</translation>
    </message>
    <message>
        <source>This segment no longer exists.</source>
        <translation>Dit segment bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>SegmentRule</name>
    <message>
        <source>The segment&apos;s rules are not valid JSON: %1</source>
        <translation>De regels van het segment zijn geen geldige JSON: %1</translation>
    </message>
    <message>
        <source>The segment&apos;s rules must be a JSON object.</source>
        <translation>De regels van het segment moeten een JSON-object zijn.</translation>
    </message>
    <message>
        <source>%1: is missing</source>
        <translation>%1: ontbreekt</translation>
    </message>
    <message>
        <source>%1: must be text</source>
        <translation>%1: moet tekst zijn</translation>
    </message>
    <message>
        <source>%1: a segment may have at most %2 rules</source>
        <translation>%1: een segment mag hooguit %2 regels hebben</translation>
    </message>
    <message>
        <source>%1: unknown kind &apos;%2&apos;</source>
        <translation>%1: onbekende soort &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: unknown operator &apos;%2&apos;</source>
        <translation>%1: onbekende operator &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: unknown field &apos;%2&apos;</source>
        <translation>%1: onbekend veld &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: must be a list&apos;s uuid or id</source>
        <translation>%1: moet de uuid of het id van een lijst zijn</translation>
    </message>
    <message>
        <source>%1: give the tag&apos;s name</source>
        <translation>%1: geef de naam van het label</translation>
    </message>
    <message>
        <source>%1: unknown consent state &apos;%2&apos;</source>
        <translation>%1: onbekende toestemmingsstatus &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: unknown date field &apos;%2&apos;</source>
        <translation>%1: onbekend datumveld &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: must be a whole number of days from 1 to %2</source>
        <translation>%1: moet een heel aantal dagen zijn, van 1 tot %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date as YYYY-MM-DD</source>
        <translation>%1: &apos;%2&apos; is geen datum in de vorm JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>%1: groups may be nested at most %2 deep</source>
        <translation>%1: groepen mogen hooguit %2 niveaus diep genest zijn</translation>
    </message>
    <message>
        <source>%1: unknown match &apos;%2&apos; (all or any)</source>
        <translation>%1: onbekende koppeling &apos;%2&apos; (all of any)</translation>
    </message>
    <message>
        <source>%1: must be a list of rules</source>
        <translation>%1: moet een lijst van regels zijn</translation>
    </message>
    <message>
        <source>%1: a rule must be an object</source>
        <translation>%1: een regel moet een object zijn</translation>
    </message>
</context>
<context>
    <name>SegmentRuleRow</name>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
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
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
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
        <source>Other custom field…</source>
        <translation>Ander eigen veld…</translation>
    </message>
    <message>
        <source>Filter on a custom field by its name, for example one that only older contacts have.</source>
        <translation>Filter op een eigen veld met zijn naam, bijvoorbeeld een veld dat alleen oudere contacten hebben.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Newsletter consent</source>
        <translation>Toestemming nieuwsbrief</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>When the contact was added to Sendtrix</source>
        <translation>Wanneer het contact aan Sendtrix is toegevoegd</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>When the contact&apos;s details were last changed</source>
        <translation>Wanneer de gegevens van het contact het laatst zijn gewijzigd</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>When the contact&apos;s current newsletter subscription was given; only contacts subscribed now match</source>
        <translation>Wanneer de huidige inschrijving voor de nieuwsbrief is gegeven; alleen contacten die nu ingeschreven zijn voldoen</translation>
    </message>
    <message>
        <source>is</source>
        <translation>is</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>is niet</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>bevat</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>bevat niet</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>begint met</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>eindigt op</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>is niet leeg</translation>
    </message>
    <message>
        <source>contact is in</source>
        <comment>list</comment>
        <translation>contact staat in</translation>
    </message>
    <message>
        <source>contact is not in</source>
        <comment>list</comment>
        <translation>contact staat niet in</translation>
    </message>
    <message>
        <source>contact has</source>
        <comment>tag</comment>
        <translation>contact heeft</translation>
    </message>
    <message>
        <source>contact does not have</source>
        <comment>tag</comment>
        <translation>contact heeft niet</translation>
    </message>
    <message>
        <source>is</source>
        <comment>consent state</comment>
        <translation>is</translation>
    </message>
    <message>
        <source>is not</source>
        <comment>consent state</comment>
        <translation>is niet</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>in de afgelopen</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vóór</translation>
    </message>
    <message>
        <source>after</source>
        <translation>na</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>ingeschreven</translation>
    </message>
    <message>
        <source>pending (not confirmed yet)</source>
        <translation>in afwachting (nog niet bevestigd)</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>onbestelbaar</translation>
    </message>
    <message>
        <source>complained (marked as spam)</source>
        <translation>geklaagd (als spam gemarkeerd)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>niets vastgelegd</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Eigen veld</translation>
    </message>
    <message>
        <source>Name of the custom field:</source>
        <translation>Naam van het eigen veld:</translation>
    </message>
    <message>
        <source>(a list that no longer exists)</source>
        <translation>(een lijst die niet meer bestaat)</translation>
    </message>
    <message>
        <source>“%1 %2 …”: type a value, or choose “%3”.</source>
        <translation>“%1 %2 …”: typ een waarde, of kies “%3”.</translation>
    </message>
    <message>
        <source>There are no lists yet: create a list first, or remove the rule about lists.</source>
        <translation>Er zijn nog geen lijsten: maak eerst een lijst, of verwijder de regel over lijsten.</translation>
    </message>
    <message>
        <source>Choose a list for the rule about lists.</source>
        <translation>Kies een lijst voor de regel over lijsten.</translation>
    </message>
    <message>
        <source>A rule uses a list that no longer exists: choose another list.</source>
        <translation>Een regel gebruikt een lijst die niet meer bestaat: kies een andere lijst.</translation>
    </message>
    <message>
        <source>“%1 …”: choose or type a tag.</source>
        <translation>“%1 …”: kies of typ een label.</translation>
    </message>
    <message>
        <source>“%1 in the last … days”: give at least 1 day.</source>
        <translation>“%1 in de afgelopen … dagen”: geef minstens 1 dag op.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>Deze regel verwijderen</translation>
    </message>
    <message>
        <source>What the rule is about</source>
        <translation>Waar de regel over gaat</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Vergelijking</translation>
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
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Ask again after</source>
        <translation>Opnieuw vragen na</translation>
    </message>
    <message>
        <source>Contacts whose consent is older than this, with no mailing since, are marked “needs re-permission”: ask them again or remove them.</source>
        <translation>Contacten met een toestemming die ouder is dan dit, zonder mailing sindsdien, krijgen “opnieuw vragen”: vraag het hun opnieuw of verwijder ze.</translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> maand</numerusform>
            <numerusform> maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <source>Street and number, postcode and town</source>
        <translation>Straat en huisnummer, postcode en plaats</translation>
    </message>
    <message>
        <source>The law asks every newsletter to say who sends it and where you can be reached: templates show this address where they use {{sender_address}}.</source>
        <translation>De wet vraagt dat elke nieuwsbrief zegt wie hem verstuurt en waar je bereikbaar bent: sjablonen tonen dit adres waar ze {{sender_address}} gebruiken.</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>Optional, 8 digits</source>
        <translation>Niet verplicht, 8 cijfers</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Naam afzender</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adres afzender</translation>
    </message>
    <message>
        <source>Sender address: %1</source>
        <translation>Adres afzender: %1</translation>
    </message>
    <message>
        <source>A KvK number has 8 digits.</source>
        <translation>Een KvK-nummer heeft 8 cijfers.</translation>
    </message>
    <message>
        <source>news@yourcompany.com</source>
        <translation>nieuws@jouwbedrijf.nl</translation>
    </message>
</context>
<context>
    <name>StarterTemplates</name>
    <message>
        <source>Newsletter</source>
        <translation>Nieuwsbrief</translation>
    </message>
    <message>
        <source>News from a bakery: a new product, a seasonal pre-order and opening hours, with two columns that stack on phones.</source>
        <translation>Nieuws van een bakkerij: een nieuw product, reserveren voor de feestdagen en openingstijden, met twee kolommen die op een telefoon onder elkaar komen.</translation>
    </message>
    <message>
        <source>Special offer</source>
        <translation>Aanbieding</translation>
    </message>
    <message>
        <source>A bike shop&apos;s offer: a bold price block, a checklist of what is included and the terms in small print.</source>
        <translation>Een aanbieding van een fietsenmaker: een opvallend prijsblok, een lijstje van wat erbij zit en de voorwaarden in kleine letters.</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <source>An open day at a yoga studio: when and where, the programme and a sign-up button.</source>
        <translation>Een open dag bij een yogastudio: wanneer en waar, het programma en een knop om je aan te melden.</translation>
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
    <message>
        <source>A step of a bulk change failed, so the whole change was undone.</source>
        <translation>Een stap van een grote wijziging mislukte, dus de hele wijziging is teruggedraaid.</translation>
    </message>
</context>
<context>
    <name>SuppressionList</name>
    <message>
        <source>unsubscribed</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>onbestelbaar</translation>
    </message>
    <message>
        <source>marked a mailing as spam</source>
        <translation>een mailing als spam gemeld</translation>
    </message>
    <message>
        <source>asked to be erased</source>
        <translation>gevraagd om gewist te worden</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>reason, date: “unsubscribed on 3 March 2026”</comment>
        <translation>%1 op %2</translation>
    </message>
</context>
<context>
    <name>SyncCodec</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a name made unique: “Klanten (2)”</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (conflict copy from %2)</source>
        <translation>%1 (conflictkopie van %2)</translation>
    </message>
    <message>
        <source>Withdrawn on another device while consent was given on this one; the withdrawal wins.</source>
        <translation>Ingetrokken op een ander apparaat terwijl op dit apparaat toestemming werd gegeven; de intrekking gaat voor.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Not signed in: log in to a server to sync.</source>
        <translation>Niet ingelogd: log in op een server om te synchroniseren.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2</source>
        <translation>Synchroniseren: %1 van %2</translation>
    </message>
    <message>
        <source>Syncing: %1</source>
        <translation>Synchroniseren: %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced; %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>Gesynchroniseerd; %n wijziging wacht op verzending</numerusform>
            <numerusform>Gesynchroniseerd; %n wijzigingen wachten op verzending</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Gesynchroniseerd</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>Offline: %n wijziging wacht op verzending</numerusform>
            <numerusform>Offline: %n wijzigingen wachten op verzending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced, but the server refused %n change(s): see the details</source>
        <translation>
            <numerusform>Gesynchroniseerd, maar de server weigerde %n wijziging: zie de details</numerusform>
            <numerusform>Gesynchroniseerd, maar de server weigerde %n wijzigingen: zie de details</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncJournal</name>
    <message>
        <source>The server&apos;s answer to a sync batch does not match what was sent.</source>
        <translation>Het antwoord van de server op een synchronisatiepakket past niet bij wat er is verzonden.</translation>
    </message>
    <message>
        <source>The server answered a sync change with “%1”, which this version of Sendtrix does not know.</source>
        <translation>De server beantwoordde een wijziging met “%1”, wat deze versie van Sendtrix niet kent.</translation>
    </message>
    <message>
        <source>A change pulled from the server (%1 %2) could not be stored: %3</source>
        <translation>Een wijziging van de server (%1 %2) kon niet worden opgeslagen: %3</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <source>Sending changes</source>
        <translation>Wijzigingen verzenden</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Wijzigingen ontvangen</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>The server could not be reached. Your changes are kept here and will be sent at the next sync.</source>
        <translation>De server was niet bereikbaar. Uw wijzigingen blijven hier bewaard en worden bij de volgende synchronisatie verzonden.</translation>
    </message>
    <message>
        <source>The sync was stopped. What was sent and received is kept; the rest follows at the next sync.</source>
        <translation>De synchronisatie is gestopt. Wat verzonden en ontvangen is, blijft bewaard; de rest volgt bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read. Your changes are kept here; try again later, or ask the server&apos;s administrator.</source>
        <translation>Het antwoord van de server kon niet worden gelezen. Uw wijzigingen blijven hier bewaard; probeer het later opnieuw, of vraag het de beheerder van de server.</translation>
    </message>
    <message>
        <source>%1 The server said: “%2”.</source>
        <translation>%1 De server zei: “%2”.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Not syncing: &lt;a href=&quot;login&quot;&gt;log in&lt;/a&gt; to a Sendtrix server</source>
        <translation>Niet gesynchroniseerd: &lt;a href=&quot;login&quot;&gt;log in&lt;/a&gt; op een Sendtrix-server</translation>
    </message>
    <message>
        <source>Not syncing: %1 &lt;a href=&quot;login&quot;&gt;Log in&lt;/a&gt;</source>
        <translation>Niet gesynchroniseerd: %1 &lt;a href=&quot;login&quot;&gt;Inloggen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Wacht op synchronisatie</translation>
    </message>
    <message>
        <source>Last sync: %1 sent, %2 received, %3 merged; %4 change(s) waiting.</source>
        <translation>Laatste synchronisatie: %1 verzonden, %2 ontvangen, %3 samengevoegd; %4 wijziging(en) wachtend.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Send your changes to the server and fetch those made elsewhere</source>
        <translation>Uw wijzigingen naar de server sturen en die van elders ophalen</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s); they are kept here and sent again when you edit them:</source>
        <translation>
            <numerusform>De server weigerde %n wijziging; die blijft hier bewaard en gaat opnieuw mee zodra u hem bewerkt:</numerusform>
            <numerusform>De server weigerde %n wijzigingen; die blijven hier bewaard en gaan opnieuw mee zodra u ze bewerkt:</numerusform>
        </translation>
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
    <name>TemplateEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>Subject line; merge fields such as {{first_name}} work here too</source>
        <translation>Onderwerpregel; samenvoegvelden zoals {{first_name}} werken hier ook</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Versie bewaren</translation>
    </message>
    <message>
        <source>Keep this state in the history (Ctrl+S). Your work is saved automatically as you type.</source>
        <translation>Bewaar deze stand in de geschiedenis (Ctrl+S). Je werk wordt tijdens het typen vanzelf opgeslagen.</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Geschiedenis…</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Voorbeeld voor:</translation>
    </message>
    <message>
        <source>Name or e-mail of a contact</source>
        <translation>Naam of e-mailadres van een contact</translation>
    </message>
    <message>
        <source>Type a name or address to see the template as that contact will. Empty: a sample contact.</source>
        <translation>Typ een naam of adres om het sjabloon te zien zoals dat contact het krijgt. Leeg: een voorbeeldcontact.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Preview at 600 pixels, the usual width of a newsletter</source>
        <translation>Voorbeeld op 600 pixels, de gebruikelijke breedte van een nieuwsbrief</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Preview at 375 pixels, the width of most phones</source>
        <translation>Voorbeeld op 375 pixels, de breedte van de meeste telefoons</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Platte tekst</translation>
    </message>
    <message>
        <source>Write my own plain text</source>
        <translation>Zelf de platte tekst schrijven</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Een sjabloon heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Another template is called “%1”.</source>
        <translation>Er is al een sjabloon met de naam “%1”.</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Sjabloon niet opgeslagen</translation>
    </message>
    <message>
        <source>Version saved in the history of “%1”.</source>
        <translation>Versie bewaard in de geschiedenis van “%1”.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation>Alles opgeslagen (%1)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Checks: no problems found</source>
        <translation>Controle: geen problemen gevonden</translation>
    </message>
    <message>
        <source>Checks: %1, %2 — a template with errors cannot be sent</source>
        <translation>Controle: %1, %2 — een sjabloon met fouten kan niet worden verstuurd</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Controle: %1</translation>
    </message>
    <message>
        <source>This text is sent as the plain-text part, for mail programs that do not show HTML. Merge fields work here too.</source>
        <translation>Deze tekst gaat mee als platte-tekstdeel, voor e-mailprogramma&apos;s die geen HTML tonen. Samenvoegvelden werken hier ook.</translation>
    </message>
    <message>
        <source>Made from the HTML each time it changes: headings, paragraphs, lists, and links with their address. Tick the box above to write your own.</source>
        <translation>Gemaakt uit de HTML, telkens als die verandert: koppen, alinea&apos;s, lijsten, en links met hun adres. Vink het vakje hierboven aan om zelf te schrijven.</translation>
    </message>
    <message>
        <source>No contact has the address %1.</source>
        <translation>Geen enkel contact heeft het adres %1.</translation>
    </message>
    <message>
        <source>Preview for %1.</source>
        <translation>Voorbeeld voor %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 is groter dan %2 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 is not an image Sendtrix can show.</source>
        <translation>%1 is geen afbeelding die Sendtrix kan tonen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) stored with the template. Describe each in its alt text.</source>
        <translation>
            <numerusform>%n afbeelding bij het sjabloon bewaard. Beschrijf hem in de alt-tekst.</numerusform>
            <numerusform>%n afbeeldingen bij het sjabloon bewaard. Beschrijf elke afbeelding in de alt-tekst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Image not added</source>
        <translation>Afbeelding niet toegevoegd</translation>
    </message>
    <message>
        <source>Version not restored</source>
        <translation>Versie niet teruggezet</translation>
    </message>
    <message>
        <source>Version %1 restored; the text before it is kept in the history.</source>
        <translation>Versie %1 teruggezet; de tekst van daarvoor blijft in de geschiedenis.</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Veld invoegen</translation>
    </message>
    <message>
        <source>Put a merge field at the cursor: the contact&apos;s name, your address, the unsubscribe link…</source>
        <translation>Zet een samenvoegveld op de plek van de cursor: de naam van het contact, je adres, de afmeldlink…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <source>Shrink the page to fit this pane; off: show it at its real size</source>
        <translation>Verklein de pagina zodat hij in dit deel past; uit: toon hem op ware grootte</translation>
    </message>
    <message>
        <source>Close to Apple Mail and Gmail · images from the internet not loaded</source>
        <translation>Zoals in Apple Mail en Gmail · afbeeldingen van internet niet geladen</translation>
    </message>
    <message>
        <source>The preview is laid out by litehtml, a small HTML and CSS engine: close to what Apple Mail and Gmail show. Outlook on Windows ignores part of the CSS. Images from the internet are not loaded, as most mail programs do until the reader allows it.</source>
        <translation>Het voorbeeld wordt opgemaakt door litehtml, een kleine HTML- en CSS-engine: het benadert wat Apple Mail en Gmail tonen. Outlook op Windows negeert een deel van de CSS. Afbeeldingen van internet worden niet geladen, zoals de meeste e-mailprogramma&apos;s doen tot de lezer het toestaat.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Saved, except the name</source>
        <translation>Opgeslagen, behalve de naam</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2</source>
        <translation>Aan: %1
Onderwerp: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
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
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>The contact&apos;s company</source>
        <translation>Bedrijf van het contact</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>First name, or a word when there is none</source>
        <translation>Voornaam, of een woord als die er niet is</translation>
    </message>
    <message>
        <source>Your company name (Settings)</source>
        <translation>Je bedrijfsnaam (Instellingen)</translation>
    </message>
    <message>
        <source>Your postal address (Settings)</source>
        <translation>Je postadres (Instellingen)</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <translation>Afmeldlink</translation>
    </message>
    <message>
        <source>View online link</source>
        <translation>Link ‘Bekijk online’</translation>
    </message>
    <message>
        <source>“%1” was changed by another program as well. Your version is kept; the other one is in the history.</source>
        <translation>“%1” is ook door een ander programma gewijzigd. Jouw versie blijft staan; de andere staat in de geschiedenis.</translation>
    </message>
    <message>
        <source>“%1” was changed by another program; the editor shows the new version.</source>
        <translation>“%1” is door een ander programma gewijzigd; de editor toont de nieuwe versie.</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>klant</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>View online</source>
        <translation>Bekijk online</translation>
    </message>
</context>
<context>
    <name>TemplateLinter</name>
    <message>
        <source>Line %1: an image has no alt text; people who block images see nothing.</source>
        <translation>Regel %1: een afbeelding heeft geen alt-tekst; wie afbeeldingen blokkeert, ziet niets.</translation>
    </message>
    <message>
        <source>Line %1: the image “%2” has no alt text; people who block images see nothing.</source>
        <translation>Regel %1: de afbeelding “%2” heeft geen alt-tekst; wie afbeeldingen blokkeert, ziet niets.</translation>
    </message>
    <message>
        <source>Line %1: the image “%2” is loaded over http:// instead of https://; many e-mail programs will not show it or warn about it.</source>
        <translation>Regel %1: de afbeelding “%2” wordt via http:// geladen in plaats van https://; veel e-mailprogramma&apos;s tonen hem dan niet of waarschuwen ervoor.</translation>
    </message>
    <message>
        <source>Line %1: the link to “%2” uses http:// instead of https://; browsers and spam filters distrust it.</source>
        <translation>Regel %1: de link naar “%2” gebruikt http:// in plaats van https://; browsers en spamfilters vertrouwen dat niet.</translation>
    </message>
    <message>
        <source>The HTML has no &lt;!DOCTYPE html&gt; line at the top; some e-mail programs then show it in an older, less predictable way.</source>
        <translation>De HTML begint niet met een regel &lt;!DOCTYPE html&gt;; sommige e-mailprogramma&apos;s tonen hem dan op een oudere, minder voorspelbare manier.</translation>
    </message>
    <message>
        <source>Line %1: the &lt;%2&gt; that starts here is never closed with &lt;/%2&gt;.</source>
        <translation>Regel %1: de &lt;%2&gt; die hier begint, wordt nooit gesloten met &lt;/%2&gt;.</translation>
    </message>
    <message>
        <source>Line %1: &lt;%2&gt; is still open where %3 comes; the tags are mis-nested (close them in the reverse order you opened them).</source>
        <translation>Regel %1: &lt;%2&gt; is nog open waar %3 komt; de tags zijn verkeerd genest (sluit ze in omgekeerde volgorde van openen).</translation>
    </message>
    <message>
        <source>Line %1: &lt;/%2&gt; closes an element while another one inside it is still open; the tags are mis-nested.</source>
        <translation>Regel %1: &lt;/%2&gt; sluit een element terwijl er binnenin nog een open is; de tags zijn verkeerd genest.</translation>
    </message>
    <message>
        <source>Line %1: %2 does not close anything that is open here, so it is ignored.</source>
        <translation>Regel %1: %2 sluit niets wat hier open is, dus het wordt genegeerd.</translation>
    </message>
    <message>
        <source>Line %1: %2 is out of place here and is ignored.</source>
        <translation>Regel %1: %2 staat hier niet op zijn plaats en wordt genegeerd.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not an HTML element; e-mail programs ignore it.</source>
        <translation>Regel %1: %2 is geen HTML-element; e-mailprogramma&apos;s negeren het.</translation>
    </message>
    <message>
        <source>Line %1: %2 has the attribute “%3” twice; only one of them is used.</source>
        <translation>Regel %1: %2 heeft het attribuut “%3” twee keer; maar één ervan wordt gebruikt.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not allowed inside &lt;%3&gt;; e-mail programs move it elsewhere.</source>
        <translation>Regel %1: %2 mag niet binnen &lt;%3&gt; staan; e-mailprogramma&apos;s verplaatsen het.</translation>
    </message>
    <message>
        <source>Line %1: text is not allowed directly inside &lt;%2&gt;; e-mail programs move it elsewhere.</source>
        <translation>Regel %1: tekst mag niet direct binnen &lt;%2&gt; staan; e-mailprogramma&apos;s verplaatsen hem.</translation>
    </message>
    <message>
        <source>Line %1: the tag %2 has no closing “&gt;”.</source>
        <translation>Regel %1: de tag %2 heeft geen afsluitende “&gt;”.</translation>
    </message>
    <message>
        <source>Line %1: the HTML ends inside the tag %2 (a quotation mark or “&gt;” is probably missing), so what follows it is lost.</source>
        <translation>Regel %1: de HTML eindigt binnen de tag %2 (er ontbreekt waarschijnlijk een aanhalingsteken of “&gt;”), dus wat erna komt, gaat verloren.</translation>
    </message>
    <message>
        <source>Line %1: a quotation mark in the tag %2 is missing or one too many, so part of the e-mail may disappear.</source>
        <translation>Regel %1: in de tag %2 ontbreekt een aanhalingsteken of staat er een te veel, dus een deel van de e-mail kan verdwijnen.</translation>
    </message>
    <message>
        <source>Line %1: a quotation mark is missing or one too many, so part of the e-mail may disappear.</source>
        <translation>Regel %1: er ontbreekt een aanhalingsteken of er staat er een te veel, dus een deel van de e-mail kan verdwijnen.</translation>
    </message>
    <message>
        <source>Line %1: the HTML is not right here (HTML Tidy: %2).</source>
        <translation>Regel %1: de HTML klopt hier niet (HTML Tidy: %2).</translation>
    </message>
    <message>
        <source>Line %1: the HTML cannot be read (HTML Tidy: %2).</source>
        <translation>Regel %1: de HTML kan niet worden gelezen (HTML Tidy: %2).</translation>
    </message>
    <message>
        <source>The HTML cannot be read at all.</source>
        <translation>De HTML kan helemaal niet worden gelezen.</translation>
    </message>
    <message>
        <source>The subject has a merge field that is not closed; every “{{” needs a matching “}}”.</source>
        <translation>Het onderwerp heeft een samenvoegveld dat niet gesloten is; elke “{{” heeft een bijbehorende “}}” nodig.</translation>
    </message>
    <message>
        <source>Line %1: a merge field is not closed; every “{{” needs a matching “}}”.</source>
        <translation>Regel %1: een samenvoegveld is niet gesloten; elke “{{” heeft een bijbehorende “}}” nodig.</translation>
    </message>
    <message>
        <source>The subject opens the section “{{#%1}}” but never closes it with “{{/%1}}”.</source>
        <translation>Het onderwerp opent het blok “{{#%1}}” maar sluit het nooit met “{{/%1}}”.</translation>
    </message>
    <message>
        <source>Line %1: the section “{{#%2}}” is never closed; add “{{/%2}}” where it should end.</source>
        <translation>Regel %1: het blok “{{#%2}}” wordt nooit gesloten; zet “{{/%2}}” waar het moet eindigen.</translation>
    </message>
    <message>
        <source>The subject closes the section “{{/%1}}”, which was never opened.</source>
        <translation>Het onderwerp sluit het blok “{{/%1}}”, dat nooit geopend is.</translation>
    </message>
    <message>
        <source>Line %1: “{{/%2}}” closes a section that was never opened.</source>
        <translation>Regel %1: “{{/%2}}” sluit een blok dat nooit geopend is.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a merge field Sendtrix knows; it would stay empty in every e-mail.</source>
        <translation>Regel %1: “%2” is geen samenvoegveld dat Sendtrix kent; het blijft in elke e-mail leeg.</translation>
    </message>
    <message>
        <source>The subject uses “%1”, which is not a merge field Sendtrix knows; it would stay empty.</source>
        <translation>Het onderwerp gebruikt “%1”, geen samenvoegveld dat Sendtrix kent; het blijft leeg.</translation>
    </message>
    <message>
        <source>The template has no unsubscribe link ({{unsubscribe_url}}); such a template can never be sent.</source>
        <translation>Het sjabloon heeft geen afmeldlink ({{unsubscribe_url}}); zo&apos;n sjabloon kan nooit worden verstuurd.</translation>
    </message>
    <message>
        <source>Line %1: {{unsubscribe_url}} is not a link; put it in the href of an &lt;a&gt; so readers can click it.</source>
        <translation>Regel %1: {{unsubscribe_url}} is geen link; zet het in de href van een &lt;a&gt; zodat lezers erop kunnen klikken.</translation>
    </message>
    <message>
        <source>The template shows {{sender_address}}, but no postal address is set; set your postal address in Settings.</source>
        <translation>Het sjabloon toont {{sender_address}}, maar er is geen postadres ingevuld; vul je postadres in bij Instellingen.</translation>
    </message>
    <message>
        <source>The e-mail does not show your postal address, which the law requires in marketing e-mail; add {{sender_address}} to the footer.</source>
        <translation>De e-mail toont je postadres niet, terwijl de wet dat in marketingmail vraagt; zet {{sender_address}} onderaan.</translation>
    </message>
    <message>
        <source>The subject is empty; many people never open such an e-mail and spam filters distrust it.</source>
        <translation>Het onderwerp is leeg; veel mensen openen zo&apos;n e-mail nooit en spamfilters vertrouwen hem niet.</translation>
    </message>
    <message numerus="yes">
        <source>The e-mail loads %n image(s) from the internet; many e-mail programs block them until the reader allows it, so make sure it reads well without them.</source>
        <translation>
            <numerusform>De e-mail laadt %n afbeelding van internet; veel e-mailprogramma&apos;s blokkeren die tot de lezer het toestaat, dus zorg dat de mail ook zonder goed leesbaar is.</numerusform>
            <numerusform>De e-mail laadt %n afbeeldingen van internet; veel e-mailprogramma&apos;s blokkeren die tot de lezer het toestaat, dus zorg dat de mail ook zonder goed leesbaar is.</numerusform>
        </translation>
    </message>
    <message>
        <source>The HTML is %1 KB; Gmail clips messages over 102 KB and hides the rest, the unsubscribe link included.</source>
        <translation>De HTML is %1 KB; Gmail knipt berichten boven 102 KB af en verbergt de rest, de afmeldlink ook.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>The merge fields of the %1 are not right: %2</source>
        <translation>De samenvoegvelden van de %1 kloppen niet: %2</translation>
    </message>
    <message>
        <source>Line %1 of the %2: the merge fields are not right (%3)</source>
        <translation>Regel %1 van de %2: de samenvoegvelden kloppen niet (%3)</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>onderwerpregel</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>[your postal address: set it in Settings]</source>
        <translation>[je postadres: vul het in bij Instellingen]</translation>
    </message>
    <message>
        <source>[your company name: set it in Settings]</source>
        <translation>[je bedrijfsnaam: vul hem in bij Instellingen]</translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <source>Give the template a name.</source>
        <translation>Geef het sjabloon een naam.</translation>
    </message>
    <message>
        <source>There is already a template called “%1”. Choose another name.</source>
        <translation>Er is al een sjabloon met de naam “%1”. Kies een andere naam.</translation>
    </message>
    <message>
        <source>This template no longer exists.</source>
        <translation>Dit sjabloon bestaat niet meer.</translation>
    </message>
    <message>
        <source>Revision %1 of this template does not exist.</source>
        <translation>Versie %1 van dit sjabloon bestaat niet.</translation>
    </message>
    <message>
        <source>The image %1 is empty.</source>
        <translation>De afbeelding %1 is leeg.</translation>
    </message>
    <message>
        <source>The image %1 is %2 MB; an image may be at most %3 MB.</source>
        <translation>De afbeelding %1 is %2 MB; een afbeelding mag hoogstens %3 MB zijn.</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>New template</source>
        <translation>Nieuw sjabloon</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Make a copy of this template to change</source>
        <translation>Maak een kopie van dit sjabloon om aan te passen</translation>
    </message>
    <message>
        <source>Delete this template</source>
        <translation>Dit sjabloon verwijderen</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Nog geen sjablonen</translation>
    </message>
    <message>
        <source>A template is the design of your newsletter: HTML with merge fields such as {{first_name}}. Start from one of these, or from a blank page.</source>
        <translation>Een sjabloon is de opmaak van je nieuwsbrief: HTML met samenvoegvelden zoals {{first_name}}. Begin met een van deze, of met een lege pagina.</translation>
    </message>
    <message>
        <source>Blank template</source>
        <translation>Leeg sjabloon</translation>
    </message>
    <message>
        <source>In Dutch</source>
        <translation>In het Nederlands</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>In het Engels</translation>
    </message>
    <message>
        <source>An empty page with only the greeting, your address and the unsubscribe link</source>
        <translation>Een lege pagina met alleen de aanhef, je adres en de afmeldlink</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Template not created</source>
        <translation>Sjabloon niet aangemaakt</translation>
    </message>
    <message>
        <source>%1
Changed %2</source>
        <translation>%1
Gewijzigd %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Template not copied</source>
        <translation>Sjabloon niet gekopieerd</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Sjabloon verwijderen</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Mailings already sent with it keep their copy.</source>
        <translation>Het sjabloon “%1” verwijderen? Mailings die er al mee verstuurd zijn, houden hun eigen kopie.</translation>
    </message>
    <message>
        <source>Template not deleted</source>
        <translation>Sjabloon niet verwijderd</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>Sjabloon “%1” verwijderd.</translation>
    </message>
</context>
<context>
    <name>TextSource</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 kon niet worden geopend: %2</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>Line %1: a new card begins before the card of line %2 ended (END:VCARD is missing) in %3.</source>
        <translation>Regel %1: er begint een nieuwe kaart voordat de kaart van regel %2 is afgesloten (END:VCARD ontbreekt) in %3.</translation>
    </message>
    <message>
        <source>Line %1: the card is not closed (END:VCARD is missing) in %2.</source>
        <translation>Regel %1: de kaart wordt niet afgesloten (END:VCARD ontbreekt) in %2.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>“%1” kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Dit contact bestaat niet meer.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an evidence file can be at most %3 MB. Scan the form at a lower resolution or save it as PDF.</source>
        <translation>%1 is %2 MB; een bewijsbestand mag hoogstens %3 MB zijn. Scan het formulier met een lagere resolutie of sla het op als pdf.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
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
