<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Account</name>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 cannot be read (%2).</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM form (a text file that starts with “-----BEGIN CERTIFICATE-----”).</source>
        <translation>%1 holds no certificate in PEM form (a text file that starts with “-----BEGIN CERTIFICATE-----”).</translation>
    </message>
    <message>
        <source>%1 holds a certificate that cannot be used.</source>
        <translation>%1 holds a certificate that cannot be used.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. It starts with https://, for example https://sendtrix.example.nl:8443.</source>
        <translation>“%1” is not a server address. It starts with https://, for example https://sendtrix.example.nl:8443.</translation>
    </message>
    <message>
        <source>Enter your e-mail address and password.</source>
        <translation>Enter your e-mail address and password.</translation>
    </message>
    <message>
        <source>The server %1 sent an answer Sendtrix does not understand. Is this address a Sendtrix server?</source>
        <translation>The server %1 sent an answer Sendtrix does not understand. Is this address a Sendtrix server?</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2.</source>
        <translation>Logged in to %1 as %2.</translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation>You are not logged in.</translation>
    </message>
    <message>
        <source>The session could not be ended on the server (%1). It ends by itself within 90 days; Sendtrix has forgotten it on this computer.</source>
        <translation>The session could not be ended on the server (%1). It ends by itself within 90 days; Sendtrix has forgotten it on this computer.</translation>
    </message>
    <message>
        <source>The saved login could not be removed from the keychain: %1 Remove the entry “%2” by hand with your keychain&apos;s manager.</source>
        <translation>The saved login could not be removed from the keychain: %1 Remove the entry “%2” by hand with your keychain&apos;s manager.</translation>
    </message>
    <message>
        <source>Logged out of %1.</source>
        <translation>Logged out of %1.</translation>
    </message>
    <message>
        <source>Log in to %1: the login is not saved on this computer.</source>
        <translation>Log in to %1: the login is not saved on this computer.</translation>
    </message>
    <message>
        <source>Log in to %1 again: the saved login is no longer in the keychain.</source>
        <translation>Log in to %1 again: the saved login is no longer in the keychain.</translation>
    </message>
</context>
<context>
    <name>AccountDataReport</name>
    <message>
        <source>What Sendtrix keeps about you</source>
        <translation>What Sendtrix keeps about you</translation>
    </message>
    <message>
        <source>Made on %1 by Sendtrix %2. It holds counts and sizes, not the data of your contacts.</source>
        <translation>Made on %1 by Sendtrix %2. It holds counts and sizes, not the data of your contacts.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Your account</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Not logged in: everything below is on this computer only.</source>
        <translation>Not logged in: everything below is on this computer only.</translation>
    </message>
    <message>
        <source>What you keep in Sendtrix</source>
        <translation>What you keep in Sendtrix</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Mailings per month</source>
        <translation>Mailings per month</translation>
    </message>
    <message>
        <source>No mailing scheduled or sent yet.</source>
        <translation>No mailing scheduled or sent yet.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Mailings</source>
        <translation>Mailings</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Largest mailing</source>
        <translation>Largest mailing</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Your choices</translation>
    </message>
    <message>
        <source>News and offers by e-mail</source>
        <translation>News and offers by e-mail</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Anonymous usage statistics</source>
        <translation>Anonymous usage statistics</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Privacy policy %1 acknowledged</source>
        <translation>Privacy policy %1 acknowledged</translation>
    </message>
    <message>
        <source>Service announcement dismissed</source>
        <translation>Service announcement dismissed</translation>
    </message>
    <message>
        <source>News and offers by e-mail turned on</source>
        <translation>News and offers by e-mail turned on</translation>
    </message>
    <message>
        <source>News and offers by e-mail turned off</source>
        <translation>News and offers by e-mail turned off</translation>
    </message>
    <message>
        <source>Anonymous usage statistics turned on</source>
        <translation>Anonymous usage statistics turned on</translation>
    </message>
    <message>
        <source>Anonymous usage statistics turned off</source>
        <translation>Anonymous usage statistics turned off</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The server&apos;s certificate is not valid yet (it starts on %1). Check that this computer&apos;s date and time are right, or ask the server&apos;s administrator.</source>
        <translation>The server&apos;s certificate is not valid yet (it starts on %1). Check that this computer&apos;s date and time are right, or ask the server&apos;s administrator.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired (on %1). Ask the server&apos;s administrator to renew it.</source>
        <translation>The server&apos;s certificate has expired (on %1). Ask the server&apos;s administrator to renew it.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired. Ask the server&apos;s administrator to renew it.</source>
        <translation>The server&apos;s certificate has expired. Ask the server&apos;s administrator to renew it.</translation>
    </message>
    <message>
        <source>The server presents a certificate for another name (%1), not for %2. Check the server address; if it is right, ask the server&apos;s administrator for a certificate that names it.</source>
        <translation>The server presents a certificate for another name (%1), not for %2. Check the server address; if it is right, ask the server&apos;s administrator for a certificate that names it.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The server&apos;s certificate comes from an unknown issuer, so Sendtrix cannot tell that it is really %1. If this is your organisation&apos;s own server, trust its certificate authority (CA) when you log in: “Trust this server&apos;s certificate authority…” (sendtrix-cli: --ca-file).</source>
        <translation>The server&apos;s certificate comes from an unknown issuer, so Sendtrix cannot tell that it is really %1. If this is your organisation&apos;s own server, trust its certificate authority (CA) when you log in: “Trust this server&apos;s certificate authority…” (sendtrix-cli: --ca-file).</translation>
    </message>
    <message>
        <source>The server %1 presents a self-signed certificate that nobody vouches for, so Sendtrix does not connect. If this is your organisation&apos;s own server, ask its administrator for its CA certificate and trust that when you log in.</source>
        <translation>The server %1 presents a self-signed certificate that nobody vouches for, so Sendtrix does not connect. If this is your organisation&apos;s own server, ask its administrator for its CA certificate and trust that when you log in.</translation>
    </message>
    <message>
        <source>The server&apos;s key has changed since you last connected to %1. Either the server was set up again, or someone may be intercepting the connection. Nothing was sent. Ask the server&apos;s administrator; if the change is expected, trust the server&apos;s CA again when you log in.</source>
        <translation>The server&apos;s key has changed since you last connected to %1. Either the server was set up again, or someone may be intercepting the connection. Nothing was sent. Ask the server&apos;s administrator; if the change is expected, trust the server&apos;s CA again when you log in.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up. Nothing was sent.</source>
        <translation>A secure connection to %1 could not be set up. Nothing was sent.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. It starts with https://, for example https://sendtrix.example.nl:8443.</source>
        <translation>“%1” is not a server address. It starts with https://, for example https://sendtrix.example.nl:8443.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s). Sendtrix tries again later.</source>
        <translation>
            <numerusform>The server %1 did not answer within %n second. Sendtrix tries again later.</numerusform>
            <numerusform>The server %1 did not answer within %n seconds. Sendtrix tries again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the internet connection and the server address; your work is kept and Sendtrix tries again later.</source>
        <translation>The server %1 cannot be reached. Check the internet connection and the server address; your work is kept and Sendtrix tries again later.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time. Sendtrix tries again later.</source>
        <translation>The server %1 did not answer in time. Sendtrix tries again later.</translation>
    </message>
    <message>
        <source>The connection to %1 failed. Sendtrix tries again later.</source>
        <translation>The connection to %1 failed. Sendtrix tries again later.</translation>
    </message>
    <message>
        <source>The server %1 sent an answer Sendtrix does not understand. Is this address a Sendtrix server?</source>
        <translation>The server %1 sent an answer Sendtrix does not understand. Is this address a Sendtrix server?</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>The e-mail address or the password is not right.</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Log in again.</source>
        <translation>Your session on %1 has ended. Log in again.</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask the server&apos;s administrator.</source>
        <translation>This account has been disabled. Ask the server&apos;s administrator.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n minute(s) and try again.</source>
        <translation>
            <numerusform>Too many failed attempts. Wait %n minute and try again.</numerusform>
            <numerusform>Too many failed attempts. Wait %n minutes and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server %1 refused the data as too large.</source>
        <translation>The server %1 refused the data as too large.</translation>
    </message>
    <message>
        <source>The server %1 is busy or in maintenance. Sendtrix tries again shortly.</source>
        <translation>The server %1 is busy or in maintenance. Sendtrix tries again shortly.</translation>
    </message>
    <message>
        <source>The server %1 had a problem (error %2). Sendtrix tries again later; if it keeps happening, tell the server&apos;s administrator.</source>
        <translation>The server %1 had a problem (error %2). Sendtrix tries again later; if it keeps happening, tell the server&apos;s administrator.</translation>
    </message>
    <message>
        <source>The server %1 does not know this request (error 404). Is this address a Sendtrix server, and is it up to date?</source>
        <translation>The server %1 does not know this request (error 404). Is this address a Sendtrix server, and is it up to date?</translation>
    </message>
    <message>
        <source>The server %1 refused the request (error %2%3).</source>
        <translation>The server %1 refused the request (error %2%3).</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>The audience is not readable.</source>
        <translation>The audience is not readable.</translation>
    </message>
</context>
<context>
    <name>BackgroundCounter</name>
    <message>
        <source>The segment could not be counted.</source>
        <translation>The segment could not be counted.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run “sendtrix-cli --help” for the commands.</source>
        <translation>Run “sendtrix-cli --help” for the commands.</translation>
    </message>
    <message>
        <source>The store to use.</source>
        <translation>The store to use.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Show help.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>“%1” needs a subcommand.</source>
        <translation>“%1” needs a subcommand.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-mail address.</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>First name.</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Last name.</translation>
    </message>
    <message>
        <source>Company.</source>
        <translation>Company.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
    <message>
        <source>“%1” takes no further arguments.</source>
        <translation>“%1” takes no further arguments.</translation>
    </message>
    <message>
        <source>“%1” needs exactly one argument.</source>
        <translation>“%1” needs exactly one argument.</translation>
    </message>
    <message>
        <source>“contacts add” needs --email.</source>
        <translation>“contacts add” needs --email.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Added %1.</translation>
    </message>
    <message>
        <source>The contacts could not be read from the store.</source>
        <translation>The contacts could not be read from the store.</translation>
    </message>
    <message>
        <source>Created the list “%1”.</source>
        <translation>Created the list “%1”.</translation>
    </message>
    <message>
        <source>“lists add-member” needs --email.</source>
        <translation>“lists add-member” needs --email.</translation>
    </message>
    <message>
        <source>There is no list called “%1”.</source>
        <translation>There is no list called “%1”.</translation>
    </message>
    <message>
        <source>There is no contact with the e-mail address “%1”. Add it first with “contacts add”.</source>
        <translation>There is no contact with the e-mail address “%1”. Add it first with “contacts add”.</translation>
    </message>
    <message>
        <source>Added %1 to “%2”.</source>
        <translation>Added %1 to “%2”.</translation>
    </message>
    <message>
        <source>%1 was already in “%2”.</source>
        <translation>%1 was already in “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n contact)</numerusform>
            <numerusform>%1 (%n contacts)</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no Sendtrix store at “%1”. Check the path (--db), or add a contact first to create one.</source>
        <translation>There is no Sendtrix store at “%1”. Check the path (--db), or add a contact first to create one.</translation>
    </message>
    <message>
        <source>Consent purpose.</source>
        <translation>Consent purpose.</translation>
    </message>
    <message>
        <source>Consent state.</source>
        <translation>Consent state.</translation>
    </message>
    <message>
        <source>Legal basis.</source>
        <translation>Legal basis.</translation>
    </message>
    <message>
        <source>Where it came from.</source>
        <translation>Where it came from.</translation>
    </message>
    <message>
        <source>Details of the source.</source>
        <translation>Details of the source.</translation>
    </message>
    <message>
        <source>The consent text the person saw.</source>
        <translation>The consent text the person saw.</translation>
    </message>
    <message>
        <source>The privacy policy version shown.</source>
        <translation>The privacy policy version shown.</translation>
    </message>
    <message>
        <source>When (ISO 8601 date or time).</source>
        <translation>When (ISO 8601 date or time).</translation>
    </message>
    <message>
        <source>Soft opt-in conditions met.</source>
        <translation>Soft opt-in conditions met.</translation>
    </message>
    <message>
        <source>Evidence file.</source>
        <translation>Evidence file.</translation>
    </message>
    <message>
        <source>The person explicitly asked to be mailed again: lift the suppression.</source>
        <translation>The person explicitly asked to be mailed again: lift the suppression.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Output file.</translation>
    </message>
    <message>
        <source>Confirm an irreversible step.</source>
        <translation>Confirm an irreversible step.</translation>
    </message>
    <message>
        <source>%1 events checked in %2 ms.</source>
        <translation>%1 events checked in %2 ms.</translation>
    </message>
    <message>
        <source>“%1” needs --email.</source>
        <translation>“%1” needs --email.</translation>
    </message>
    <message>
        <source>Erasing cannot be undone: it removes %1, their consent history and list memberships for good. Add --yes to confirm.</source>
        <translation>Erasing cannot be undone: it removes %1, their consent history and list memberships for good. Add --yes to confirm.</translation>
    </message>
    <message>
        <source>There is no contact with the e-mail address “%1”.</source>
        <translation>There is no contact with the e-mail address “%1”.</translation>
    </message>
    <message>
        <source>Erased %1. Only a salted hash of the address stays on the suppression list, so it is never mailed again.</source>
        <translation>Erased %1. Only a salted hash of the address stays on the suppression list, so it is never mailed again.</translation>
    </message>
    <message>
        <source>“gdpr export” needs --out FILE.</source>
        <translation>“gdpr export” needs --out FILE.</translation>
    </message>
    <message>
        <source>Wrote everything held about %1 to %2.</source>
        <translation>Wrote everything held about %1 to %2.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>no consent recorded</source>
        <translation>no consent recorded</translation>
    </message>
    <message>
        <source>--purpose must be newsletter or testimonial.</source>
        <translation>--purpose must be newsletter or testimonial.</translation>
    </message>
    <message>
        <source>--state must be subscribed, pending, unsubscribed, bounced or complained.</source>
        <translation>--state must be subscribed, pending, unsubscribed, bounced or complained.</translation>
    </message>
    <message>
        <source>--basis must be consent or soft_opt_in.</source>
        <translation>--basis must be consent or soft_opt_in.</translation>
    </message>
    <message>
        <source>--at “%1” is not a date; write it as 2026-03-14 or 2026-03-14T10:30.</source>
        <translation>--at “%1” is not a date; write it as 2026-03-14 or 2026-03-14T10:30.</translation>
    </message>
    <message>
        <source>Unknown soft opt-in condition “%1”. The conditions are: %2.</source>
        <translation>Unknown soft opt-in condition “%1”. The conditions are: %2.</translation>
    </message>
    <message>
        <source>Recorded: %1 %2 for %3.</source>
        <translation>Recorded: %1 %2 for %3.</translation>
    </message>
    <message>
        <source>Note: %1 is on the suppression list (%2), so it will not receive mailings unless the person asks again.</source>
        <translation>Note: %1 is on the suppression list (%2), so it will not receive mailings unless the person asks again.</translation>
    </message>
    <message>
        <source>Only report what the import would do.</source>
        <translation>Only report what the import would do.</translation>
    </message>
    <message>
        <source>Column to field.</source>
        <translation>Column to field.</translation>
    </message>
    <message>
        <source>What to do with addresses already stored.</source>
        <translation>What to do with addresses already stored.</translation>
    </message>
    <message>
        <source>List name.</source>
        <translation>List name.</translation>
    </message>
    <message>
        <source>Where the consent came from.</source>
        <translation>Where the consent came from.</translation>
    </message>
    <message>
        <source>Undo the last import.</source>
        <translation>Undo the last import.</translation>
    </message>
    <message>
        <source>csv or vcard.</source>
        <translation>csv or vcard.</translation>
    </message>
    <message>
        <source>CSV for Excel: a byte-order mark and semicolons.</source>
        <translation>CSV for Excel: a byte-order mark and semicolons.</translation>
    </message>
    <message>
        <source>There is no Sendtrix store at “%1”. Check the path (--db).</source>
        <translation>There is no Sendtrix store at “%1”. Check the path (--db).</translation>
    </message>
    <message>
        <source>“export” needs --out FILE.</source>
        <translation>“export” needs --out FILE.</translation>
    </message>
    <message>
        <source>--format must be csv or vcard.</source>
        <translation>--format must be csv or vcard.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Exported %n contact to %1.</numerusform>
            <numerusform>Exported %n contacts to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undid the import of %1: %2 added contact(s) removed, %3 updated contact(s) restored.</source>
        <translation>Undid the import of %1: %2 added contact(s) removed, %3 updated contact(s) restored.</translation>
    </message>
    <message>
        <source>“import” needs exactly one file.</source>
        <translation>“import” needs exactly one file.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>--map: the file has no column “%1”. Its columns are: %2.</source>
        <translation>--map: the file has no column “%1”. Its columns are: %2.</translation>
    </message>
    <message>
        <source>--map: “%1” is not a field. Use email, first_name, last_name_prefix, last_name, company, phone, street, postal_code, city, country, website, notes, custom or ignore.</source>
        <translation>--map: “%1” is not a field. Use email, first_name, last_name_prefix, last_name, company, phone, street, postal_code, city, country, website, notes, custom or ignore.</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, fill or overwrite.</source>
        <translation>--on-duplicate must be skip, fill or overwrite.</translation>
    </message>
    <message>
        <source>--consent-basis must be consent or soft_opt_in.</source>
        <translation>--consent-basis must be consent or soft_opt_in.</translation>
    </message>
    <message>
        <source>The soft opt-in needs its five conditions recorded per person; import with --consent-basis consent, or record the soft opt-in per contact.</source>
        <translation>The soft opt-in needs its five conditions recorded per person; import with --consent-basis consent, or record the soft opt-in per contact.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing was changed: %n row(s) read; would add %2, update %3, leave %4 unchanged; %5 rejected; %6 not subscribed because they unsubscribed or are suppressed.</source>
        <translation>
            <numerusform>Dry run, nothing was changed: %n row read; would add %2, update %3, leave %4 unchanged; %5 rejected; %6 not subscribed because they unsubscribed or are suppressed.</numerusform>
            <numerusform>Dry run, nothing was changed: %n rows read; would add %2, update %3, leave %4 unchanged; %5 rejected; %6 not subscribed because they unsubscribed or are suppressed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s): added %2, updated %3, %4 unchanged; %5 rejected; %6 not subscribed because they unsubscribed or are suppressed.</source>
        <translation>
            <numerusform>Imported %n row: added %2, updated %3, %4 unchanged; %5 rejected; %6 not subscribed because they unsubscribed or are suppressed.</numerusform>
            <numerusform>Imported %n rows: added %2, updated %3, %4 unchanged; %5 rejected; %6 not subscribed because they unsubscribed or are suppressed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Nothing was stored.</source>
        <translation>%1 cannot be read (%2). Nothing was stored.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it with the encoding UTF-8 and try again. Nothing was stored.</source>
        <translation>%1 is not UTF-8 text. Save it with the encoding UTF-8 and try again. Nothing was stored.</translation>
    </message>
    <message>
        <source>Template name.</source>
        <translation>Template name.</translation>
    </message>
    <message>
        <source>HTML file.</source>
        <translation>HTML file.</translation>
    </message>
    <message>
        <source>Subject line.</source>
        <translation>Subject line.</translation>
    </message>
    <message>
        <source>E-mail address of the contact.</source>
        <translation>E-mail address of the contact.</translation>
    </message>
    <message>
        <source>“template add” needs --name and --file.</source>
        <translation>“template add” needs --name and --file.</translation>
    </message>
    <message>
        <source>“template render” needs --template and --contact.</source>
        <translation>“template render” needs --template and --contact.</translation>
    </message>
    <message>
        <source>There is no file “%1”, and no Sendtrix store to find a template of that name in.</source>
        <translation>There is no file “%1”, and no Sendtrix store to find a template of that name in.</translation>
    </message>
    <message>
        <source>There is no file or template called “%1”.</source>
        <translation>There is no file or template called “%1”.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>The template “%1” already has this content; nothing changed.</source>
        <translation>The template “%1” already has this content; nothing changed.</translation>
    </message>
    <message>
        <source>Saved the template “%1” as revision %2.</source>
        <translation>Saved the template “%1” as revision %2.</translation>
    </message>
    <message>
        <source>Created the template “%1”.</source>
        <translation>Created the template “%1”.</translation>
    </message>
    <message>
        <source>There is no template called “%1”.</source>
        <translation>There is no template called “%1”.</translation>
    </message>
    <message>
        <source>Company name.</source>
        <translation>Company name.</translation>
    </message>
    <message>
        <source>Postal address (\n between lines).</source>
        <translation>Postal address (\n between lines).</translation>
    </message>
    <message>
        <source>KvK number.</source>
        <translation>KvK number.</translation>
    </message>
    <message>
        <source>Sender name.</source>
        <translation>Sender name.</translation>
    </message>
    <message>
        <source>Sender address.</source>
        <translation>Sender address.</translation>
    </message>
    <message>
        <source>“sender set” needs --company, --address, --from-name and --from-email.</source>
        <translation>“sender set” needs --company, --address, --from-name and --from-email.</translation>
    </message>
    <message>
        <source>--from-email: %1</source>
        <translation>--from-email: %1</translation>
    </message>
    <message>
        <source>--kvk: a KvK number has 8 digits.</source>
        <translation>--kvk: a KvK number has 8 digits.</translation>
    </message>
    <message>
        <source>The company name and the postal address may not be empty: the law asks every newsletter to say who sends it and where.</source>
        <translation>The company name and the postal address may not be empty: the law asks every newsletter to say who sends it and where.</translation>
    </message>
    <message>
        <source>Sender set: %1 &lt;%2&gt;, %3.</source>
        <translation>Sender set: %1 &lt;%2&gt;, %3.</translation>
    </message>
    <message>
        <source>KvK %1</source>
        <translation>KvK %1</translation>
    </message>
    <message>
        <source>as soon as possible</source>
        <translation>as soon as possible</translation>
    </message>
    <message>
        <source>confirmation pending</source>
        <translation>confirmation pending</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>unsubscribed</translation>
    </message>
    <message>
        <source>address bounced</source>
        <translation>address bounced</translation>
    </message>
    <message>
        <source>complained of spam</source>
        <translation>complained of spam</translation>
    </message>
    <message>
        <source>Name.</source>
        <translation>Name.</translation>
    </message>
    <message>
        <source>Preheader text.</source>
        <translation>Preheader text.</translation>
    </message>
    <message>
        <source>Reply-to address.</source>
        <translation>Reply-to address.</translation>
    </message>
    <message>
        <source>A list to send to.</source>
        <translation>A list to send to.</translation>
    </message>
    <message>
        <source>A segment to send to.</source>
        <translation>A segment to send to.</translation>
    </message>
    <message>
        <source>A list whose members are left out.</source>
        <translation>A list whose members are left out.</translation>
    </message>
    <message>
        <source>A segment whose contacts are left out.</source>
        <translation>A segment whose contacts are left out.</translation>
    </message>
    <message>
        <source>Track clicks.</source>
        <translation>Track clicks.</translation>
    </message>
    <message>
        <source>Track opens.</source>
        <translation>Track opens.</translation>
    </message>
    <message>
        <source>Send as soon as possible.</source>
        <translation>Send as soon as possible.</translation>
    </message>
    <message>
        <source>When to send (ISO 8601).</source>
        <translation>When to send (ISO 8601).</translation>
    </message>
    <message>
        <source>Time zone of --at (default: this computer&apos;s).</source>
        <translation>Time zone of --at (default: this computer&apos;s).</translation>
    </message>
    <message>
        <source>The rules as JSON.</source>
        <translation>The rules as JSON.</translation>
    </message>
    <message>
        <source>A file with the rules as JSON.</source>
        <translation>A file with the rules as JSON.</translation>
    </message>
    <message>
        <source>“%1” needs the name as its argument.</source>
        <translation>“%1” needs the name as its argument.</translation>
    </message>
    <message>
        <source>“mailing create” needs --name, --template and at least one --list or --segment.</source>
        <translation>“mailing create” needs --name, --template and at least one --list or --segment.</translation>
    </message>
    <message>
        <source>“mailing schedule” needs either --now or --at TIME.</source>
        <translation>“mailing schedule” needs either --now or --at TIME.</translation>
    </message>
    <message>
        <source>--time-zone: “%1” is not a time zone (e.g. Europe/Amsterdam).</source>
        <translation>--time-zone: “%1” is not a time zone (e.g. Europe/Amsterdam).</translation>
    </message>
    <message>
        <source>--at: “%1” is not a time. Write it as 2026-12-01T09:00 (in --time-zone) or with an offset, 2026-12-01T09:00+01:00.</source>
        <translation>--at: “%1” is not a time. Write it as 2026-12-01T09:00 (in --time-zone) or with an offset, 2026-12-01T09:00+01:00.</translation>
    </message>
    <message>
        <source>“segment add” needs --name and either --rules or --rules-file.</source>
        <translation>“segment add” needs --name and either --rules or --rules-file.</translation>
    </message>
    <message>
        <source>The rules are not valid: %1 Nothing was stored.</source>
        <translation>The rules are not valid: %1 Nothing was stored.</translation>
    </message>
    <message numerus="yes">
        <source>Segment “%1” saved; %Ln contact(s) match now.</source>
        <translation>
            <numerusform>Segment “%1” saved; %Ln contact matches now.</numerusform>
            <numerusform>Segment “%1” saved; %Ln contacts match now.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no segment called “%1”.</source>
        <translation>There is no segment called “%1”.</translation>
    </message>
    <message>
        <source>Segment “%1” could not be counted.</source>
        <translation>Segment “%1” could not be counted.</translation>
    </message>
    <message>
        <source>Segment “%1” deleted.</source>
        <translation>Segment “%1” deleted.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Nothing was stored.</translation>
    </message>
    <message>
        <source>Draft mailing “%1” created.</source>
        <translation>Draft mailing “%1” created.</translation>
    </message>
    <message>
        <source>There is no mailing called “%1”.</source>
        <translation>There is no mailing called “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>The recipients were frozen when the mailing was sealed.</source>
        <translation>The recipients were frozen when the mailing was sealed.</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln contact(s) of %1 matched</source>
        <translation>
            <numerusform>Left out: %Ln contact of %1 matched</numerusform>
            <numerusform>Left out: %Ln contacts of %1 matched</numerusform>
        </translation>
    </message>
    <message>
        <source>not subscribed (%1): %2</source>
        <translation>not subscribed (%1): %2</translation>
    </message>
    <message>
        <source>suppressed: %1</source>
        <translation>suppressed: %1</translation>
    </message>
    <message>
        <source>in an excluded list or segment: %1</source>
        <translation>in an excluded list or segment: %1</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>deleted: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be scheduled yet:</source>
        <translation>“%1” cannot be scheduled yet:</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is sealed and scheduled for %2: %Ln recipient(s).</source>
        <translation>
            <numerusform>“%1” is sealed and scheduled for %2: %Ln recipient.</numerusform>
            <numerusform>“%1” is sealed and scheduled for %2: %Ln recipients.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is cancelled; it will not be sent.</source>
        <translation>“%1” is cancelled; it will not be sent.</translation>
    </message>
    <message>
        <source>Mailing “%1” deleted.</source>
        <translation>Mailing “%1” deleted.</translation>
    </message>
    <message>
        <source>The server&apos;s address (https://host:port).</source>
        <translation>The server&apos;s address (https://host:port).</translation>
    </message>
    <message>
        <source>Trust this CA certificate (PEM) for the server.</source>
        <translation>Trust this CA certificate (PEM) for the server.</translation>
    </message>
    <message>
        <source>Do not keep the login in the keychain: it ends with this command.</source>
        <translation>Do not keep the login in the keychain: it ends with this command.</translation>
    </message>
    <message>
        <source>“login” needs --server and --email. The password is read from standard input or asked for, never given as an argument.</source>
        <translation>“login” needs --server and --email. The password is read from standard input or asked for, never given as an argument.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. It starts with https://, for example https://sendtrix.example.nl:8443.</source>
        <translation>“%1” is not a server address. It starts with https://, for example https://sendtrix.example.nl:8443.</translation>
    </message>
    <message>
        <source>Trusting the certificate authority “%1” for %2
  SHA-256 %3</source>
        <translation>Trusting the certificate authority “%1” for %2
  SHA-256 %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Password for %1 on %2: </translation>
    </message>
    <message>
        <source>No password was given (it is read from standard input).</source>
        <translation>No password was given (it is read from standard input).</translation>
    </message>
    <message>
        <source>The login was not kept, so the session has ended with this command.</source>
        <translation>The login was not kept, so the session has ended with this command.</translation>
    </message>
    <message>
        <source>The login is kept in this computer&apos;s keychain.</source>
        <translation>The login is kept in this computer&apos;s keychain.</translation>
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
        <translation>Usage: sendtrix-cli [--db PATH] COMMAND

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
</translation>
    </message>
    <message>
        <source>Sync with this server instead of the account logged in to (with --token-stdin).</source>
        <translation>Sync with this server instead of the account logged in to (with --token-stdin).</translation>
    </message>
    <message>
        <source>Read the access token from standard input.</source>
        <translation>Read the access token from standard input.</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation>Seconds to wait for each answer (default 30).</translation>
    </message>
    <message>
        <source>“sync” takes no further arguments.</source>
        <translation>“sync” takes no further arguments.</translation>
    </message>
    <message>
        <source>--server needs --token-stdin: the access token is read from standard input, never given as an argument.</source>
        <translation>--server needs --token-stdin: the access token is read from standard input, never given as an argument.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>Standard input could not be read.</translation>
    </message>
    <message>
        <source>No access token was given on standard input.</source>
        <translation>No access token was given on standard input.</translation>
    </message>
    <message>
        <source>Not logged in. Log in first with “sendtrix-cli login --server URL --email E”.</source>
        <translation>Not logged in. Log in first with “sendtrix-cli login --server URL --email E”.</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received, %3 merged; %4 waiting.</source>
        <translation>Synced: %1 sent, %2 received, %3 merged; %4 waiting.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Do not import</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name prefix (van, de, van der)</source>
        <translation>Last name prefix (van, de, van der)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Custom field</translation>
    </message>
</context>
<context>
    <name>ConsentCentre</name>
    <message>
        <source>Your choices</source>
        <translation>Your choices</translation>
    </message>
    <message>
        <source>Product news by e-mail turned on</source>
        <translation>Product news by e-mail turned on</translation>
    </message>
    <message>
        <source>Product news by e-mail turned off</source>
        <translation>Product news by e-mail turned off</translation>
    </message>
    <message>
        <source>Anonymous usage statistics turned on</source>
        <translation>Anonymous usage statistics turned on</translation>
    </message>
    <message>
        <source>Anonymous usage statistics turned off</source>
        <translation>Anonymous usage statistics turned off</translation>
    </message>
    <message>
        <source>Privacy policy %1 read and acknowledged</source>
        <translation>Privacy policy %1 read and acknowledged</translation>
    </message>
    <message>
        <source>Service announcement dismissed</source>
        <translation>Service announcement dismissed</translation>
    </message>
    <message>
        <source>No choices recorded yet.</source>
        <translation>No choices recorded yet.</translation>
    </message>
    <message>
        <source>What the usage statistics would send</source>
        <translation>What the usage statistics would send</translation>
    </message>
    <message>
        <source>This is the whole report, exactly as it would be sent once a day while the statistics are on. It goes without your login, so it is not linked to your account, and the server keeps only the day it arrived.</source>
        <translation>This is the whole report, exactly as it would be sent once a day while the statistics are on. It goes without your login, so it is not linked to your account, and the server keeps only the day it arrived.</translation>
    </message>
    <message>
        <source>What Sendtrix may do with your own data, in one place. Every change is recorded with its time and goes to your other computers with the next sync.</source>
        <translation>What Sendtrix may do with your own data, in one place. Every change is recorded with its time and goes to your other computers with the next sync.</translation>
    </message>
    <message>
        <source>News and offers by e-mail</source>
        <translation>News and offers by e-mail</translation>
    </message>
    <message>
        <source>Send me news about Sendtrix and offers by e-mail</source>
        <translation>Send me news about Sendtrix and offers by e-mail</translation>
    </message>
    <message>
        <source>Off unless you turn it on. You can turn it off here at any time, and with the link in every such e-mail.</source>
        <translation>Off unless you turn it on. You can turn it off here at any time, and with the link in every such e-mail.</translation>
    </message>
    <message>
        <source>Anonymous usage statistics</source>
        <translation>Anonymous usage statistics</translation>
    </message>
    <message>
        <source>Share anonymous usage statistics</source>
        <translation>Share anonymous usage statistics</translation>
    </message>
    <message>
        <source>Off unless you turn it on. Once a day: the version of Sendtrix, your operating system and language, and how many contacts, templates and mailings you have, as rough ranges. Nothing about your contacts, no names or addresses, not linked to your account. While it is off, Sendtrix sends no such report at all.</source>
        <translation>Off unless you turn it on. Once a day: the version of Sendtrix, your operating system and language, and how many contacts, templates and mailings you have, as rough ranges. Nothing about your contacts, no names or addresses, not linked to your account. While it is off, Sendtrix sends no such report at all.</translation>
    </message>
    <message>
        <source>Show what would be sent…</source>
        <translation>Show what would be sent…</translation>
    </message>
    <message>
        <source>Service announcements</source>
        <translation>Service announcements</translation>
    </message>
    <message>
        <source>Notices of maintenance, outages and changes to our privacy policy cannot be turned off: they are about the service you use and your rights, not advertising. They appear at the top of the window and you can dismiss each one.</source>
        <translation>Notices of maintenance, outages and changes to our privacy policy cannot be turned off: they are about the service you use and your rights, not advertising. They appear at the top of the window and you can dismiss each one.</translation>
    </message>
    <message>
        <source>Your choices so far</source>
        <translation>Your choices so far</translation>
    </message>
    <message>
        <source>Show service announcements (always on)</source>
        <translation>Show service announcements (always on)</translation>
    </message>
</context>
<context>
    <name>ConsentEvent</name>
    <message>
        <source>the address was given with a purchase</source>
        <translation>the address was given with a purchase</translation>
    </message>
    <message>
        <source>the mail comes from the same company that made the sale</source>
        <translation>the mail comes from the same company that made the sale</translation>
    </message>
    <message>
        <source>the customer was told at the time that the address would be used</source>
        <translation>the customer was told at the time that the address would be used</translation>
    </message>
    <message>
        <source>the customer could refuse at the time, free of charge</source>
        <translation>the customer could refuse at the time, free of charge</translation>
    </message>
    <message>
        <source>the mailing is about the company&apos;s own, similar products</source>
        <translation>the mailing is about the company&apos;s own, similar products</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Testimonial</source>
        <translation>Testimonial</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Subscribed</translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation>Pending confirmation</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Unsubscribed</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Bounced</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>Marked as spam</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Existing customer (soft opt-in)</source>
        <translation>Existing customer (soft opt-in)</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Web form</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Paper form</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Request by e-mail</source>
        <translation>Request by e-mail</translation>
    </message>
    <message>
        <source>Request by phone</source>
        <translation>Request by phone</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <translation>Unsubscribe link</translation>
    </message>
    <message>
        <source>Bounce reported by the server</source>
        <translation>Bounce reported by the server</translation>
    </message>
    <message>
        <source>Suppression list</source>
        <translation>Suppression list</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Record consent…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <source>Record withdrawal…</source>
        <translation>Record withdrawal…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Save evidence file…</source>
        <translation>Save evidence file…</translation>
    </message>
    <message>
        <source>Rights of this person</source>
        <translation>Rights of this person</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Export personal data…</translation>
    </message>
    <message>
        <source>Erase person…</source>
        <translation>Erase person…</translation>
    </message>
    <message>
        <source>No consent recorded: this contact gets no mailings.</source>
        <translation>No consent recorded: this contact gets no mailings.</translation>
    </message>
    <message>
        <source>No consent recorded: do not publish this person&apos;s words, name or photo.</source>
        <translation>No consent recorded: do not publish this person&apos;s words, name or photo.</translation>
    </message>
    <message>
        <source>since %1, on the basis of: %2</source>
        <translation>since %1, on the basis of: %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>%1 is on the suppression list (%2): it is never mailed, whatever is imported. Only a new, explicit request from the person lifts this.</source>
        <translation>%1 is on the suppression list (%2): it is never mailed, whatever is imported. Only a new, explicit request from the person lifts this.</translation>
    </message>
    <message numerus="yes">
        <source>Needs re-permission: the consent is older than %n month(s). Ask again, or remove the contact.</source>
        <translation>
            <numerusform>Needs re-permission: the consent is older than %n month. Ask again, or remove the contact.</numerusform>
            <numerusform>Needs re-permission: the consent is older than %n months. Ask again, or remove the contact.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Wording: “%1”</source>
        <translation>Wording: “%1”</translation>
    </message>
    <message>
        <source>Privacy policy version: %1</source>
        <translation>Privacy policy version: %1</translation>
    </message>
    <message>
        <source>All five soft opt-in conditions recorded.</source>
        <translation>All five soft opt-in conditions recorded.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Recorded %1 by %2</source>
        <translation>Recorded %1 by %2</translation>
    </message>
    <message>
        <source>Evidence not found</source>
        <translation>Evidence not found</translation>
    </message>
    <message>
        <source>The evidence file is not in this store (it may not have synced yet).</source>
        <translation>The evidence file is not in this store (it may not have synced yet).</translation>
    </message>
    <message>
        <source>Save evidence file</source>
        <translation>Save evidence file</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>ConsentRepository</name>
    <message>
        <source>Choose the legal basis for this consent: the person&apos;s consent, or the soft opt-in for existing customers.</source>
        <translation>Choose the legal basis for this consent: the person&apos;s consent, or the soft opt-in for existing customers.</translation>
    </message>
    <message>
        <source>The soft opt-in only covers e-mail about your own products. Publishing a testimonial always needs the person&apos;s consent.</source>
        <translation>The soft opt-in only covers e-mail about your own products. Publishing a testimonial always needs the person&apos;s consent.</translation>
    </message>
    <message>
        <source>The soft opt-in (Telecommunicatiewet art. 11.7) needs all five conditions. Not recorded: %1.</source>
        <translation>The soft opt-in (Telecommunicatiewet art. 11.7) needs all five conditions. Not recorded: %1.</translation>
    </message>
    <message>
        <source>Say where this came from (for example a paper form at a fair, or the web form).</source>
        <translation>Say where this came from (for example a paper form at a fair, or the web form).</translation>
    </message>
    <message>
        <source>The date %1 is in the future. Enter when the person actually gave or withdrew consent.</source>
        <translation>The date %1 is in the future. Enter when the person actually gave or withdrew consent.</translation>
    </message>
    <message>
        <source>This contact no longer exists (it may have been deleted), so the consent was not recorded.</source>
        <translation>This contact no longer exists (it may have been deleted), so the consent was not recorded.</translation>
    </message>
    <message>
        <source>%1 is on the suppression list (%2). Record a new consent only when the person has explicitly asked to be mailed again, and confirm that they did.</source>
        <translation>%1 is on the suppression list (%2). Record a new consent only when the person has explicitly asked to be mailed again, and confirm that they did.</translation>
    </message>
    <message>
        <source>The evidence file is empty.</source>
        <translation>The evidence file is empty.</translation>
    </message>
    <message>
        <source>The evidence file is %1 MB; the limit is %2 MB. Scan the form at a lower resolution or save it as PDF.</source>
        <translation>The evidence file is %1 MB; the limit is %2 MB. Scan the form at a lower resolution or save it as PDF.</translation>
    </message>
    <message>
        <source>The check was stopped before it finished; nothing was changed.</source>
        <translation>The check was stopped before it finished; nothing was changed.</translation>
    </message>
    <message>
        <source>There are no consent events yet, so there is nothing to check.</source>
        <translation>There are no consent events yet, so there is nothing to check.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the consent history. The records below were changed or removed outside Sendtrix, so they can no longer serve as proof of consent. Restore the store from a backup made before the change, or keep this report as a record of what happened.</source>
        <translation>
            <numerusform>%n problem found in the consent history. The record below was changed or removed outside Sendtrix, so it can no longer serve as proof of consent. Restore the store from a backup made before the change, or keep this report as a record of what happened.</numerusform>
            <numerusform>%n problems found in the consent history. The records below were changed or removed outside Sendtrix, so they can no longer serve as proof of consent. Restore the store from a backup made before the change, or keep this report as a record of what happened.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store %1 could not be opened to check it: %2</source>
        <translation>The store %1 could not be opened to check it: %2</translation>
    </message>
    <message>
        <source>The consent history could not be read: %1</source>
        <translation>The consent history could not be read: %1</translation>
    </message>
    <message>
        <source>%1, %2 (%3) of %4</source>
        <comment>purpose, state (date) of e-mail</comment>
        <translation>%1, %2 (%3) of %4</translation>
    </message>
    <message>
        <source>All consent events of %1 have been removed.</source>
        <translation>All consent events of %1 have been removed.</translation>
    </message>
    <message>
        <source>The consent history of %1 is not registered: events were added outside Sendtrix.</source>
        <translation>The consent history of %1 is not registered: events were added outside Sendtrix.</translation>
    </message>
    <message>
        <source>The latest consent event of %1 has been removed.</source>
        <translation>The latest consent event of %1 has been removed.</translation>
    </message>
    <message numerus="yes">
        <source>%n consent event(s) of %1 have been removed.</source>
        <translation>
            <numerusform>%n consent event of %1 has been removed.</numerusform>
            <numerusform>%n consent events of %1 have been removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent event(s) of %1 were added outside Sendtrix.</source>
        <translation>
            <numerusform>%n consent event of %1 was added outside Sendtrix.</numerusform>
            <numerusform>%n consent events of %1 were added outside Sendtrix.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event “%1” has been changed after it was recorded.</source>
        <translation>The event “%1” has been changed after it was recorded.</translation>
    </message>
    <message>
        <source>The event “%1” has been moved to another contact.</source>
        <translation>The event “%1” has been moved to another contact.</translation>
    </message>
    <message>
        <source>The event before “%1” has been removed.</source>
        <translation>The event before “%1” has been removed.</translation>
    </message>
    <message numerus="yes">
        <source>All %n consent event(s) are intact: none has been changed or removed since it was recorded.</source>
        <translation>
            <numerusform>The %n consent event is intact: it has not been changed or removed since it was recorded.</numerusform>
            <numerusform>All %n consent events are intact: none has been changed or removed since it was recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>a contact that no longer exists</source>
        <translation>a contact that no longer exists</translation>
    </message>
    <message>
        <source>A consent state was set without any recorded event (contact %1).</source>
        <translation>A consent state was set without any recorded event (contact %1).</translation>
    </message>
    <message>
        <source>The %1 state of %2 was set without any recorded event.</source>
        <translation>The %1 state of %2 was set without any recorded event.</translation>
    </message>
    <message>
        <source>The %1 state of %2 says “%3”, but its history says “%4”: it was changed outside Sendtrix.</source>
        <translation>The %1 state of %2 says “%3”, but its history says “%4”: it was changed outside Sendtrix.</translation>
    </message>
    <message>
        <source>The %1 state of %2 is missing: it was removed outside Sendtrix.</source>
        <translation>The %1 state of %2 is missing: it was removed outside Sendtrix.</translation>
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
        <translation>Details</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>E-mail address *</source>
        <translation>E-mail address *</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>customer, fair 2026</source>
        <translation>customer, fair 2026</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>Separate tags with commas.</translation>
    </message>
    <message>
        <source>Notes and custom fields</source>
        <translation>Notes and custom fields</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Add field</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Remove field</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Save the contact first; then record here how and when they agreed to hear from you.</source>
        <translation>Save the contact first; then record here how and when they agreed to hear from you.</translation>
    </message>
    <message>
        <source>%1 is on the suppression list (%2). You can save the contact, but it will not receive mailings unless the person asks again.</source>
        <translation>%1 is on the suppression list (%2). You can save the contact, but it will not receive mailings unless the person asks again.</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>All contacts</source>
        <translation>All contacts</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n contact(s)</source>
        <translation>
            <numerusform>%1: %n contact</numerusform>
            <numerusform>%1: %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>%1 is already in your contacts as “%2”. Open that contact to change it.</source>
        <translation>%1 is already in your contacts as “%2”. Open that contact to change it.</translation>
    </message>
    <message>
        <source>This contact no longer exists (it may have been deleted), so the change was not saved.</source>
        <translation>This contact no longer exists (it may have been deleted), so the change was not saved.</translation>
    </message>
    <message>
        <source>%1 cannot be brought back: %2</source>
        <translation>%1 cannot be brought back: %2</translation>
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
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>No newsletter consent recorded: no mailings go to %1.</source>
        <translation>No newsletter consent recorded: no mailings go to %1.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>The consent is old: ask again (re-permission).</source>
        <translation>The consent is old: ask again (re-permission).</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Needs re-permission</source>
        <translation>Needs re-permission</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>No contacts match “%1”</source>
        <translation>No contacts match “%1”</translation>
    </message>
    <message>
        <source>Search looks at names, e-mail addresses, companies and cities. Try fewer or shorter words.</source>
        <translation>Search looks at names, e-mail addresses, companies and cities. Try fewer or shorter words.</translation>
    </message>
    <message>
        <source>This list is empty</source>
        <translation>This list is empty</translation>
    </message>
    <message>
        <source>Select All contacts, then drag contacts onto this list, or right-click them and choose Add to list.</source>
        <translation>Select All contacts, then drag contacts onto this list, or right-click them and choose Add to list.</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>No contacts yet</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Added %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s). Press %1 to undo.</source>
        <translation>
            <numerusform>Deleted %n contact. Press %1 to undo.</numerusform>
            <numerusform>Deleted %n contacts. Press %1 to undo.</numerusform>
        </translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>New contact…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Copy e-mail address</source>
        <translation>Copy e-mail address</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>Add to list</translation>
    </message>
    <message numerus="yes">
        <source>Added %n contact(s) to “%1”.</source>
        <translation>
            <numerusform>Added %n contact to “%1”.</numerusform>
            <numerusform>Added %n contacts to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>New list…</translation>
    </message>
    <message>
        <source>Remove from “%1”</source>
        <translation>Remove from “%1”</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Remove from list</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Delete %n contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name, e-mail, company or city</source>
        <translation>Search by name, e-mail, company or city</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Add a contact (%1)</source>
        <translation>Add a contact (%1)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected contacts (you can undo this)</source>
        <translation>Delete the selected contacts (you can undo this)</translation>
    </message>
    <message>
        <source>Add your first contact</source>
        <translation>Add your first contact</translation>
    </message>
    <message>
        <source>No contacts with this consent state</source>
        <translation>No contacts with this consent state</translation>
    </message>
    <message>
        <source>Choose “Any consent” above to see all contacts again.</source>
        <translation>Choose “Any consent” above to see all contacts again.</translation>
    </message>
    <message>
        <source>Erased %1.</source>
        <translation>Erased %1.</translation>
    </message>
    <message>
        <source>Consent…</source>
        <translation>Consent…</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Export personal data…</translation>
    </message>
    <message>
        <source>Exported the personal data of %1.</source>
        <translation>Exported the personal data of %1.</translation>
    </message>
    <message>
        <source>Erase person…</source>
        <translation>Erase person…</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Any consent</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>No consent recorded</translation>
    </message>
    <message>
        <source>Needs re-permission</source>
        <translation>Needs re-permission</translation>
    </message>
    <message>
        <source>Show only contacts with this newsletter consent</source>
        <translation>Show only contacts with this newsletter consent</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>contacts.csv</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Export contacts</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Exported %n contact to %1.</numerusform>
            <numerusform>Exported %n contacts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n contact(s)…</source>
        <translation>
            <numerusform>Export %n contact…</numerusform>
            <numerusform>Export %n contacts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add your first contact, or import them from Excel, Outlook, Google Contacts or Mailchimp: drop the file here.</source>
        <translation>Add your first contact, or import them from Excel, Outlook, Google Contacts or Mailchimp: drop the file here.</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Import contacts…</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>semicolon (;)</source>
        <translation>semicolon (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>comma (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>vertical bar (|)</source>
        <translation>vertical bar (|)</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed (a &quot; is missing) in %2.</source>
        <translation>Line %1: a quoted field is not closed (a &quot; is missing) in %2.</translation>
    </message>
    <message>
        <source>Line %1: a quote (&quot;) stands inside a field that does not start with one, in %2. Put the whole field in quotes and double the quote (&quot;&quot;), or remove it.</source>
        <translation>Line %1: a quote (&quot;) stands inside a field that does not start with one, in %2. Put the whole field in quotes and double the quote (&quot;&quot;), or remove it.</translation>
    </message>
</context>
<context>
    <name>DataSubjectRights</name>
    <message>
        <source>This contact no longer exists.</source>
        <translation>This contact no longer exists.</translation>
    </message>
    <message>
        <source>The store %1 could not be opened to finish the erasure: %2</source>
        <translation>The store %1 could not be opened to finish the erasure: %2</translation>
    </message>
</context>
<context>
    <name>DeleteContactsCommand</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Delete %n contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>The e-mail address is empty.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: the @ is missing.</source>
        <translation>“%1” is not an e-mail address: the @ is missing.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: nothing comes before the @.</source>
        <translation>“%1” is not an e-mail address: nothing comes before the @.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: the part before the @ contains a space or a character that is not allowed.</source>
        <translation>“%1” is not an e-mail address: the part before the @ contains a space or a character that is not allowed.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: the domain after the @ is missing.</source>
        <translation>“%1” is not an e-mail address: the domain after the @ is missing.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: “%2” is not a valid domain name.</source>
        <translation>“%1” is not an e-mail address: “%2” is not a valid domain name.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address that can receive mail: the domain “%2” has no ending such as .nl or .com.</source>
        <translation>“%1” is not an e-mail address that can receive mail: the domain “%2” has no ending such as .nl or .com.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>The contacts could not be read from the store.</source>
        <translation>The contacts could not be read from the store.</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 with commas (*.csv)</source>
        <translation>CSV, UTF-8 with commas (*.csv)</translation>
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
        <translation>Find</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
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
        <translation>Remote image not loaded</translation>
    </message>
    <message>
        <source>Image not found</source>
        <translation>Image not found</translation>
    </message>
    <message>
        <source>This template nests tables %1 levels deep. The preview lays out at most %2 levels; mail clients struggle with such nesting too.</source>
        <translation>This template nests tables %1 levels deep. The preview lays out at most %2 levels; mail clients struggle with such nesting too.</translation>
    </message>
    <message>
        <source>Shown at %1%</source>
        <translation>Shown at %1%</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>%1, %2 delimited.</source>
        <translation>%1, %2 delimited.</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.txt *.tsv *.vcf *.vcard);;CSV files (*.csv *.txt *.tsv);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Contact files (*.csv *.txt *.tsv *.vcf *.vcard);;CSV files (*.csv *.txt *.tsv);;vCard files (*.vcf *.vcard);;All files (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>almost done</source>
        <translation>almost done</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>New contacts to add</source>
        <translation>New contacts to add</translation>
    </message>
    <message>
        <source>Contacts added</source>
        <translation>Contacts added</translation>
    </message>
    <message>
        <source>Existing contacts to update</source>
        <translation>Existing contacts to update</translation>
    </message>
    <message>
        <source>Existing contacts updated</source>
        <translation>Existing contacts updated</translation>
    </message>
    <message>
        <source>Already in Sendtrix, unchanged</source>
        <translation>Already in Sendtrix, unchanged</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Rows rejected</translation>
    </message>
    <message>
        <source>Not subscribed: unsubscribed earlier or on the suppression list</source>
        <translation>Not subscribed: unsubscribed earlier or on the suppression list</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file (from Excel, Outlook, Google Contacts or Mailchimp) or a vCard file. Nothing is changed until you confirm the import.</source>
        <translation>Import contacts from a CSV file (from Excel, Outlook, Google Contacts or Mailchimp) or a vCard file. Nothing is changed until you confirm the import.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>Check how the file is read</translation>
    </message>
    <message>
        <source>The first rows as Sendtrix reads them. If names show odd characters or everything is in one column, choose another encoding or delimiter.</source>
        <translation>The first rows as Sendtrix reads them. If names show odd characters or everything is in one column, choose another encoding or delimiter.</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Choose which contact field each column fills. Sendtrix has guessed from the column names; a column you do not need can be left out or kept as a custom field.</source>
        <translation>Choose which contact field each column fills. Sendtrix has guessed from the column names; a column you do not need can be left out or kept as a custom field.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>Imports into</translation>
    </message>
    <message>
        <source>Choose the column that holds the e-mail address: without it no contact can be imported.</source>
        <translation>Choose the column that holds the e-mail address: without it no contact can be imported.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>What to do with people already in Sendtrix, and with the new ones.</source>
        <translation>What to do with people already in Sendtrix, and with the new ones.</translation>
    </message>
    <message>
        <source>Contacts already in Sendtrix</source>
        <translation>Contacts already in Sendtrix</translation>
    </message>
    <message>
        <source>&amp;Leave them as they are</source>
        <translation>&amp;Leave them as they are</translation>
    </message>
    <message>
        <source>&amp;Fill in only their empty fields from the file</source>
        <translation>&amp;Fill in only their empty fields from the file</translation>
    </message>
    <message>
        <source>&amp;Overwrite their fields with the file&apos;s values</source>
        <translation>&amp;Overwrite their fields with the file&apos;s values</translation>
    </message>
    <message>
        <source>A row is the same contact when it has the same e-mail address. Empty cells never erase anything.</source>
        <translation>A row is the same contact when it has the same e-mail address. Empty cells never erase anything.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Add the imported contacts &amp;to:</source>
        <translation>Add the imported contacts &amp;to:</translation>
    </message>
    <message>
        <source>Newsletter consent</source>
        <translation>Newsletter consent</translation>
    </message>
    <message>
        <source>These people &amp;gave their consent to receive the newsletter</source>
        <translation>These people &amp;gave their consent to receive the newsletter</translation>
    </message>
    <message>
        <source>&amp;Where they gave it:</source>
        <translation>&amp;Where they gave it:</translation>
    </message>
    <message>
        <source>Consent is recorded for each new or not yet subscribed contact, with this file as its source. People who unsubscribed or are on the suppression list stay unsubscribed: an import never subscribes them again.</source>
        <translation>Consent is recorded for each new or not yet subscribed contact, with this file as its source. People who unsubscribed or are on the suppression list stay unsubscribed: an import never subscribes them again.</translation>
    </message>
    <message>
        <source>No list</source>
        <translation>No list</translation>
    </message>
    <message>
        <source>e.g. sign-up form on the website; empty: %1</source>
        <translation>e.g. sign-up form on the website; empty: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>%1 rows read; finishing (search index, saving)…</source>
        <translation>%1 rows read; finishing (search index, saving)…</translation>
    </message>
    <message>
        <source>%1 rows · %2 rows per second · %3</source>
        <translation>%1 rows · %2 rows per second · %3</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Save rejected rows…</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>What the import will do</translation>
    </message>
    <message>
        <source>Sendtrix has read the whole file without changing anything. Check the counts, then import.</source>
        <translation>Sendtrix has read the whole file without changing anything. Check the counts, then import.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>The file cannot be imported: %1</translation>
    </message>
    <message>
        <source>Rejected rows are left out; the others are imported. Save them to correct them and import them later.</source>
        <translation>Rejected rows are left out; the others are imported. Save them to correct them and import them later.</translation>
    </message>
    <message>
        <source>There is nothing to import: every row is already in Sendtrix as it is, or was rejected.</source>
        <translation>There is nothing to import: every row is already in Sendtrix as it is, or was rejected.</translation>
    </message>
    <message>
        <source>&amp;Stop import</source>
        <translation>&amp;Stop import</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>You can stop at any moment: a stopped import changes nothing.</source>
        <translation>You can stop at any moment: a stopped import changes nothing.</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Import stopped</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>The import was stopped before it finished, so none of its rows were imported.</source>
        <translation>The import was stopped before it finished, so none of its rows were imported.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Changed your mind? File → Undo last import removes the contacts it added and restores the ones it updated.</source>
        <translation>Changed your mind? File → Undo last import removes the contacts it added and restores the ones it updated.</translation>
    </message>
    <message>
        <source>%1 - rejected rows.csv</source>
        <translation>%1 - rejected rows.csv</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Save rejected rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The first %1 of %2 rejected rows were saved.</source>
        <translation>The first %1 of %2 rejected rows were saved.</translation>
    </message>
    <message>
        <source>Sendtrix reads the whole file as the import would, but changes nothing yet.</source>
        <translation>Sendtrix reads the whole file as the import would, but changes nothing yet.</translation>
    </message>
    <message>
        <source>Other e-mail addresses</source>
        <translation>Other e-mail addresses</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>less than a second</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>The imported contacts will be added to the list “%1”.</source>
        <translation>The imported contacts will be added to the list “%1”.</translation>
    </message>
    <message>
        <source>The imported contacts were added to the list “%1”.</source>
        <translation>The imported contacts were added to the list “%1”.</translation>
    </message>
    <message>
        <source>Their newsletter consent will be recorded with “%1” as its source, except for people who unsubscribed or are on the suppression list.</source>
        <translation>Their newsletter consent will be recorded with “%1” as its source, except for people who unsubscribed or are on the suppression list.</translation>
    </message>
    <message>
        <source>Their newsletter consent was recorded with “%1” as its source, except for people who unsubscribed or are on the suppression list.</source>
        <translation>Their newsletter consent was recorded with “%1” as its source, except for people who unsubscribed or are on the suppression list.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file in it.</source>
        <translation>%1 is a folder: choose a file in it.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>%1 rows read; finishing…</source>
        <translation>%1 rows read; finishing…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read in %1.</source>
        <translation>
            <numerusform>%Ln row read in %1.</numerusform>
            <numerusform>%Ln rows read in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>New list</translation>
    </message>
    <message>
        <source>Name of the new list:</source>
        <translation>Name of the new list:</translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>New list…</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Choose the column that holds the e-mail address: without it no contact can be imported.</source>
        <translation>Choose the column that holds the e-mail address: without it no contact can be imported.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>The file has no rows to import.</translation>
    </message>
    <message numerus="yes">
        <source>has %n field(s), but the header row has %1</source>
        <translation>
            <numerusform>has %n field, but the header row has %1</numerusform>
            <numerusform>has %n fields, but the header row has %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>no e-mail address</translation>
    </message>
    <message>
        <source>duplicate within the file: %1 is also on line %2</source>
        <translation>duplicate within the file: %1 is also on line %2</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>There is no import to undo.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>has values in %n column(s), but the header row has %1: a value with the delimiter in it may lack its quotes</source>
        <translation>
            <numerusform>has values in %n column, but the header row has %1: a value with the delimiter in it may lack its quotes</numerusform>
            <numerusform>has values in %n columns, but the header row has %1: a value with the delimiter in it may lack its quotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>No keychain is available: Sendtrix keeps working offline and asks for your password each time.</source>
        <translation>No keychain is available: Sendtrix keeps working offline and asks for your password each time.</translation>
    </message>
    <message>
        <source>There is no saved login for this server and account.</source>
        <translation>There is no saved login for this server and account.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access, so Sendtrix cannot remember your login: it asks for your password each time. Unlock the keychain (it usually opens with your computer login) to have it remembered.</source>
        <translation>The keychain is locked or refused access, so Sendtrix cannot remember your login: it asks for your password each time. Unlock the keychain (it usually opens with your computer login) to have it remembered.</translation>
    </message>
    <message>
        <source>The keychain did not answer (it may be locked and waiting for its password). Sendtrix keeps working offline and asks for your password each time.</source>
        <translation>The keychain did not answer (it may be locked and waiting for its password). Sendtrix keeps working offline and asks for your password each time.</translation>
    </message>
    <message>
        <source>The keychain could not be used (%1). Sendtrix keeps working offline and asks for your password each time.</source>
        <translation>The keychain could not be used (%1). Sendtrix keeps working offline and asks for your password each time.</translation>
    </message>
</context>
<context>
    <name>LedgerCheck</name>
    <message>
        <source>Checking the consent history…</source>
        <translation>Checking the consent history…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Verify consent history</source>
        <translation>Verify consent history</translation>
    </message>
    <message>
        <source>Checking the consent history… %L1 of %L2 events</source>
        <translation>Checking the consent history… %L1 of %L2 events</translation>
    </message>
    <message>
        <source>The consent history is intact.</source>
        <translation>The consent history is intact.</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>The check was stopped.</translation>
    </message>
    <message>
        <source>The consent history has been tampered with.</source>
        <translation>The consent history has been tampered with.</translation>
    </message>
    <message>
        <source>%L1 events checked in %2 seconds.</source>
        <translation>%L1 events checked in %2 seconds.</translation>
    </message>
</context>
<context>
    <name>ListRepository</name>
    <message>
        <source>A list needs a name.</source>
        <translation>A list needs a name.</translation>
    </message>
    <message>
        <source>A list name can be at most 200 characters long.</source>
        <translation>A list name can be at most 200 characters long.</translation>
    </message>
    <message>
        <source>There is already a list called “%1”. Choose another name.</source>
        <translation>There is already a list called “%1”. Choose another name.</translation>
    </message>
    <message>
        <source>This list no longer exists.</source>
        <translation>This list no longer exists.</translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <source>Add to list</source>
        <translation>Add to list</translation>
    </message>
    <message numerus="yes">
        <source>Added %n contact(s) to “%1”.</source>
        <translation>
            <numerusform>Added %n contact to “%1”.</numerusform>
            <numerusform>Added %n contacts to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>New list…</translation>
    </message>
    <message>
        <source>Rename list…</source>
        <translation>Rename list…</translation>
    </message>
    <message>
        <source>Delete list…</source>
        <translation>Delete list…</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>New list</translation>
    </message>
    <message>
        <source>Name of the new list:</source>
        <translation>Name of the new list:</translation>
    </message>
    <message>
        <source>Created the list “%1”.</source>
        <translation>Created the list “%1”.</translation>
    </message>
    <message>
        <source>Rename list</source>
        <translation>Rename list</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>New name for “%1”:</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Delete list</translation>
    </message>
    <message numerus="yes">
        <source>Delete the list “%1”? Its %n contact(s) stay in All contacts.</source>
        <translation>
            <numerusform>Delete the list “%1”? Its %n contact stays in All contacts.</numerusform>
            <numerusform>Delete the list “%1”? Its %n contacts stay in All contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the list “%1”.</source>
        <translation>Deleted the list “%1”.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>No lists yet. Create one with the + button, then drag contacts onto it.</source>
        <translation>No lists yet. Create one with the + button, then drag contacts onto it.</translation>
    </message>
    <message>
        <source>New segment…</source>
        <translation>New segment…</translation>
    </message>
    <message>
        <source>Edit segment…</source>
        <translation>Edit segment…</translation>
    </message>
    <message>
        <source>Delete segment…</source>
        <translation>Delete segment…</translation>
    </message>
    <message>
        <source>Double-click to edit the rules of “%1”</source>
        <translation>Double-click to edit the rules of “%1”</translation>
    </message>
    <message>
        <source>Created the segment “%1”.</source>
        <translation>Created the segment “%1”.</translation>
    </message>
    <message>
        <source>Saved the segment “%1”.</source>
        <translation>Saved the segment “%1”.</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Delete segment</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? Its contacts stay where they are; only the rules are deleted.</source>
        <translation>Delete the segment “%1”? Its contacts stay where they are; only the rules are deleted.</translation>
    </message>
    <message>
        <source>Deleted the segment “%1”.</source>
        <translation>Deleted the segment “%1”.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>New segment</translation>
    </message>
    <message>
        <source>No segments yet. A segment picks contacts by rules, for example everyone in Utrecht who subscribed in the last 90 days. Create one with the + button.</source>
        <translation>No segments yet. A segment picks contacts by rules, for example everyone in Utrecht who subscribed in the last 90 days. Create one with the + button.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to a Sendtrix server</source>
        <translation>Log in to a Sendtrix server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-mail address:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>https://sendtrix.example.nl:8443</source>
        <translation>https://sendtrix.example.nl:8443</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer (in the system keychain)</source>
        <translation>&amp;Remember me on this computer (in the system keychain)</translation>
    </message>
    <message>
        <source>&amp;Trust this server&apos;s certificate authority…</source>
        <translation>&amp;Trust this server&apos;s certificate authority…</translation>
    </message>
    <message>
        <source>For your organisation&apos;s own server: choose its CA certificate (a PEM file from the server&apos;s administrator)</source>
        <translation>For your organisation&apos;s own server: choose its CA certificate (a PEM file from the server&apos;s administrator)</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Trusted certificate authority for this server: %1
SHA-256 %2</source>
        <translation>Trusted certificate authority for this server: %1
SHA-256 %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address first: the certificate authority is trusted for that server only.</source>
        <translation>Enter the server&apos;s address first: the certificate authority is trusted for that server only.</translation>
    </message>
    <message>
        <source>The server&apos;s CA certificate</source>
        <translation>The server&apos;s CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>%1
valid until %2
SHA-256 fingerprint:
%3</source>
        <translation>%1
valid until %2
SHA-256 fingerprint:
%3</translation>
    </message>
    <message>
        <source>Trust this certificate authority?</source>
        <translation>Trust this certificate authority?</translation>
    </message>
    <message>
        <source>Sendtrix will accept any certificate this authority signs for %1.

%2

Only continue if this fingerprint is the one the server&apos;s administrator gave you.</source>
        <translation>Sendtrix will accept any certificate this authority signs for %1.

%2

Only continue if this fingerprint is the one the server&apos;s administrator gave you.</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Trust</translation>
    </message>
    <message>
        <source>“%1” is not a server address. It starts with https://, for example https://sendtrix.example.nl:8443.</source>
        <translation>“%1” is not a server address. It starts with https://, for example https://sendtrix.example.nl:8443.</translation>
    </message>
    <message>
        <source>Enter your e-mail address and password.</source>
        <translation>Enter your e-mail address and password.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation>&amp;Log in…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Log out of %1 as %2? Sendtrix stops syncing until you log in again; your work on this computer is kept.</source>
        <translation>Log out of %1 as %2? Sendtrix stops syncing until you log in again; your work on this computer is kept.</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Logged out</translation>
    </message>
</context>
<context>
    <name>MailingEditor</name>
    <message>
        <source>← All mailings</source>
        <translation>← All mailings</translation>
    </message>
    <message>
        <source>Back to the list of mailings. Your changes are saved.</source>
        <translation>Back to the list of mailings. Your changes are saved.</translation>
    </message>
    <message>
        <source>Name of the mailing (only you see it)</source>
        <translation>Name of the mailing (only you see it)</translation>
    </message>
    <message>
        <source>Make a copy</source>
        <translation>Make a copy</translation>
    </message>
    <message>
        <source>A new draft with the same content, to change and schedule</source>
        <translation>A new draft with the same content, to change and schedule</translation>
    </message>
    <message>
        <source>Cancel mailing…</source>
        <translation>Cancel mailing…</translation>
    </message>
    <message>
        <source>Stop this mailing: it is not sent to anyone who has not received it yet</source>
        <translation>Stop this mailing: it is not sent to anyone who has not received it yet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Insert field</translation>
    </message>
    <message>
        <source>Put a merge field in the subject, such as the first name</source>
        <translation>Put a merge field in the subject, such as the first name</translation>
    </message>
    <message>
        <source>&amp;Preheader:</source>
        <translation>&amp;Preheader:</translation>
    </message>
    <message>
        <source>Optional: a short line shown after the subject</source>
        <translation>Optional: a short line shown after the subject</translation>
    </message>
    <message>
        <source>Many mail programs show this line next to or below the subject, before the mail is opened.</source>
        <translation>Many mail programs show this line next to or below the subject, before the mail is opened.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Show this template in the Templates area</source>
        <translation>Show this template in the Templates area</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>From &amp;name:</translation>
    </message>
    <message>
        <source>From &amp;address:</source>
        <translation>From &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation>&amp;Reply-to:</translation>
    </message>
    <message>
        <source>Optional: where replies go, if not the From address</source>
        <translation>Optional: where replies go, if not the From address</translation>
    </message>
    <message>
        <source>Empty fields use your defaults from &lt;a href=&quot;settings&quot;&gt;Settings → Sender&lt;/a&gt;.</source>
        <translation>Empty fields use your defaults from &lt;a href=&quot;settings&quot;&gt;Settings → Sender&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Send &amp;to:</translation>
    </message>
    <message>
        <source>&amp;Leave out:</source>
        <translation>&amp;Leave out:</translation>
    </message>
    <message>
        <source>Contacts in any ticked list or segment on the left receive the mailing, unless they are in one ticked on the right. Only contacts subscribed to the newsletter are mailed, and never an address on the suppression list.</source>
        <translation>Contacts in any ticked list or segment on the left receive the mailing, unless they are in one ticked on the right. Only contacts subscribed to the newsletter are mailed, and never an address on the suppression list.</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>Track &amp;opens</source>
        <translation>Track &amp;opens</translation>
    </message>
    <message>
        <source>Adds an invisible image that tells you who opened the mailing and when. That is personal data about reading habits: mention it in your privacy statement. Many mail programs block it, so the figures are rough.</source>
        <translation>Adds an invisible image that tells you who opened the mailing and when. That is personal data about reading habits: mention it in your privacy statement. Many mail programs block it, so the figures are rough.</translation>
    </message>
    <message>
        <source>Track &amp;clicks</source>
        <translation>Track &amp;clicks</translation>
    </message>
    <message>
        <source>Links go through Sendtrix first, so you see who clicked which link. That is personal data too: mention it in your privacy statement. Without it you still see how many unsubscribed.</source>
        <translation>Links go through Sendtrix first, so you see who clicked which link. That is personal data too: mention it in your privacy statement. Without it you still see how many unsubscribed.</translation>
    </message>
    <message>
        <source>Send time</source>
        <translation>Send time</translation>
    </message>
    <message>
        <source>As soon as &amp;possible after scheduling</source>
        <translation>As soon as &amp;possible after scheduling</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;At:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>Date and time in the chosen time zone</source>
        <translation>Date and time in the chosen time zone</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Schedule…</translation>
    </message>
    <message>
        <source>Choose to send it: you confirm the recipients and the time first</source>
        <translation>Choose to send it: you confirm the recipients and the time first</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Everything must be ticked before the mailing can be scheduled. Scheduling seals it: the recipients, content and sender are fixed from then on.</source>
        <translation>Everything must be ticked before the mailing can be scheduled. Scheduling seals it: the recipients, content and sender are fixed from then on.</translation>
    </message>
    <message>
        <source>Filter by name or e-mail address</source>
        <translation>Filter by name or e-mail address</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Consent when sealed</source>
        <translation>Consent when sealed</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Double-click a recipient to preview the mailing as they get it.</source>
        <translation>Double-click a recipient to preview the mailing as they get it.</translation>
    </message>
    <message>
        <source>Preview &amp;for:</source>
        <translation>Preview &amp;for:</translation>
    </message>
    <message>
        <source>Name or e-mail of a contact</source>
        <translation>Name or e-mail of a contact</translation>
    </message>
    <message>
        <source>Type a name or address to see the mailing as that person gets it. Empty: a sample contact.</source>
        <translation>Type a name or address to see the mailing as that person gets it. Empty: a sample contact.</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Plain text</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Choose a template…</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>The contact&apos;s company</source>
        <translation>The contact&apos;s company</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Your company name (Settings)</source>
        <translation>Your company name (Settings)</translation>
    </message>
    <message>
        <source>This mailing is sealed (scheduled on %1). To change it, make a copy.</source>
        <translation>This mailing is sealed (scheduled on %1). To change it, make a copy.</translation>
    </message>
    <message>
        <source>Name or e-mail of a recipient</source>
        <translation>Name or e-mail of a recipient</translation>
    </message>
    <message>
        <source>A mailing needs a name.</source>
        <translation>A mailing needs a name.</translation>
    </message>
    <message>
        <source>Another mailing is called “%1”.</source>
        <translation>Another mailing is called “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a complete e-mail address yet; it is saved once it is one.</source>
        <translation>“%1” is not a complete e-mail address yet; it is saved once it is one.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved, except the fields marked in red</source>
        <translation>Saved, except the fields marked in red</translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation>All changes saved (%1)</translation>
    </message>
    <message>
        <source>“%1” was changed by another program as well. Your version is kept.</source>
        <translation>“%1” was changed by another program as well. Your version is kept.</translation>
    </message>
    <message>
        <source>“%1” was scheduled by another program; your last changes could not be saved in it. Make a copy to use them.</source>
        <translation>“%1” was scheduled by another program; your last changes could not be saved in it. Make a copy to use them.</translation>
    </message>
    <message>
        <source>No default yet: type a name here</source>
        <translation>No default yet: type a name here</translation>
    </message>
    <message>
        <source>No default yet: type an address here</source>
        <translation>No default yet: type an address here</translation>
    </message>
    <message>
        <source>Empty: the template&apos;s subject, “%1”</source>
        <translation>Empty: the template&apos;s subject, “%1”</translation>
    </message>
    <message>
        <source>Merge fields such as {{first_name}} work here</source>
        <translation>Merge fields such as {{first_name}} work here</translation>
    </message>
    <message>
        <source>%1 (deleted since; the mailing keeps its copy)</source>
        <translation>%1 (deleted since; the mailing keeps its copy)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>%1 (no longer exists)</source>
        <translation>%1 (no longer exists)</translation>
    </message>
    <message>
        <source>A deleted list</source>
        <translation>A deleted list</translation>
    </message>
    <message>
        <source>A deleted segment</source>
        <translation>A deleted segment</translation>
    </message>
    <message>
        <source>This list no longer exists. Untick it: the mailing cannot be counted or scheduled while it names a list that is gone.</source>
        <translation>This list no longer exists. Untick it: the mailing cannot be counted or scheduled while it names a list that is gone.</translation>
    </message>
    <message>
        <source>This segment no longer exists. Untick it: the mailing cannot be counted or scheduled while it names a segment that is gone.</source>
        <translation>This segment no longer exists. Untick it: the mailing cannot be counted or scheduled while it names a segment that is gone.</translation>
    </message>
    <message>
        <source>No lists or segments yet. Make a list under Contacts.</source>
        <translation>No lists or segments yet. Make a list under Contacts.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in this list</source>
        <translation>
            <numerusform>%n contact in this list</numerusform>
            <numerusform>%n contacts in this list</numerusform>
        </translation>
    </message>
    <message>
        <source>No lists yet</source>
        <translation>No lists yet</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Segment: the contacts that match its rules when the mailing is scheduled</source>
        <translation>Segment: the contacts that match its rules when the mailing is scheduled</translation>
    </message>
    <message>
        <source>No segments yet</source>
        <translation>No segments yet</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>Fixed when the mailing was scheduled on %1: later changes to contacts, lists or consent do not change who receives it.</source>
        <translation>Fixed when the mailing was scheduled on %1: later changes to contacts, lists or consent do not change who receives it.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>No audience chosen yet</source>
        <translation>No audience chosen yet</translation>
    </message>
    <message>
        <source>Tick the lists or segments this mailing goes to, under Audience.</source>
        <translation>Tick the lists or segments this mailing goes to, under Audience.</translation>
    </message>
    <message>
        <source>Cannot count the recipients</source>
        <translation>Cannot count the recipients</translation>
    </message>
    <message>
        <source>Counting recipients…</source>
        <translation>Counting recipients…</translation>
    </message>
    <message>
        <source>Counting is done in the background; you can go on working.</source>
        <translation>Counting is done in the background; you can go on working.</translation>
    </message>
    <message numerus="yes">
        <source>of the %n contact(s) in the chosen lists and segments, as of now. The recipients are fixed when the mailing is scheduled.</source>
        <translation>
            <numerusform>of the %n contact in the chosen lists and segments, as of now. The recipients are fixed when the mailing is scheduled.</numerusform>
            <numerusform>of the %n contacts in the chosen lists and segments, as of now. The recipients are fixed when the mailing is scheduled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n contact(s)</source>
        <translation>
            <numerusform>Left out: %n contact</numerusform>
            <numerusform>Left out: %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Not subscribed to the newsletter</source>
        <translation>Not subscribed to the newsletter</translation>
    </message>
    <message>
        <source>Only contacts whose newsletter consent is “subscribed” receive mailings.</source>
        <translation>Only contacts whose newsletter consent is “subscribed” receive mailings.</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Waiting for confirmation</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Unsubscribed</translation>
    </message>
    <message>
        <source>Address bounced</source>
        <translation>Address bounced</translation>
    </message>
    <message>
        <source>Marked a mailing as spam</source>
        <translation>Marked a mailing as spam</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>No consent recorded</translation>
    </message>
    <message>
        <source>On the suppression list</source>
        <translation>On the suppression list</translation>
    </message>
    <message>
        <source>Addresses that must never be mailed again: they unsubscribed, bounced or complained before, possibly as another contact.</source>
        <translation>Addresses that must never be mailed again: they unsubscribed, bounced or complained before, possibly as another contact.</translation>
    </message>
    <message>
        <source>In a list or segment you leave out</source>
        <translation>In a list or segment you leave out</translation>
    </message>
    <message>
        <source>Deleted contacts still in a list</source>
        <translation>Deleted contacts still in a list</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Subscribed</translation>
    </message>
    <message>
        <source>No recipients</source>
        <translation>No recipients</translation>
    </message>
    <message>
        <source>No recipient matches “%1”</source>
        <translation>No recipient matches “%1”</translation>
    </message>
    <message>
        <source>Showing %1–%2 of %3</source>
        <translation>Showing %1–%2 of %3</translation>
    </message>
    <message>
        <source>Showing %1–%2</source>
        <translation>Showing %1–%2</translation>
    </message>
    <message>
        <source>The audience is being counted; this takes a moment for large lists.</source>
        <translation>The audience is being counted; this takes a moment for large lists.</translation>
    </message>
    <message>
        <source>Scheduled for %1, to %2.</source>
        <translation>Scheduled for %1, to %2.</translation>
    </message>
    <message>
        <source>Scheduled to go out as soon as possible, to %1.</source>
        <translation>Scheduled to go out as soon as possible, to %1.</translation>
    </message>
    <message>
        <source>Being sent to %1.</source>
        <translation>Being sent to %1.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Sent to %1.</translation>
    </message>
    <message>
        <source>Paused. It was scheduled for %1.</source>
        <translation>Paused. It was scheduled for %1.</translation>
    </message>
    <message>
        <source>Cancelled. It was scheduled for %1; those not reached yet get nothing.</source>
        <translation>Cancelled. It was scheduled for %1; those not reached yet get nothing.</translation>
    </message>
    <message>
        <source>Sending failed. It was scheduled for %1.</source>
        <translation>Sending failed. It was scheduled for %1.</translation>
    </message>
    <message>
        <source>Sealed on:</source>
        <translation>Sealed on:</translation>
    </message>
    <message>
        <source>Send time:</source>
        <translation>Send time:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <source>The content, sender and recipients were fixed when the mailing was scheduled. The Recipients tab lists who gets it; the Preview tab shows what they get.</source>
        <translation>The content, sender and recipients were fixed when the mailing was scheduled. The Recipients tab lists who gets it; the Preview tab shows what they get.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Counting</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Open Settings…</translation>
    </message>
    <message>
        <source>Open the template</source>
        <translation>Open the template</translation>
    </message>
    <message>
        <source>Give the mailing a name that is not taken first.</source>
        <translation>Give the mailing a name that is not taken first.</translation>
    </message>
    <message>
        <source>Waiting for the recipient count…</source>
        <translation>Waiting for the recipient count…</translation>
    </message>
    <message numerus="yes">
        <source>Still to do before it can be scheduled: %n item(s).</source>
        <translation>
            <numerusform>Still to do before it can be scheduled: %n item.</numerusform>
            <numerusform>Still to do before it can be scheduled: %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready. You confirm the recipients and time in the next step.</source>
        <translation>Ready. You confirm the recipients and time in the next step.</translation>
    </message>
    <message>
        <source>Mailing not scheduled</source>
        <translation>Mailing not scheduled</translation>
    </message>
    <message>
        <source>Your last changes could not be saved: %1</source>
        <translation>Your last changes could not be saved: %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>as soon as possible</source>
        <translation>as soon as possible</translation>
    </message>
    <message>
        <source>Schedule mailing</source>
        <translation>Schedule mailing</translation>
    </message>
    <message>
        <source>Send “%1” to %2 %3?</source>
        <translation>Send “%1” to %2 %3?</translation>
    </message>
    <message>
        <source>Scheduling seals the mailing: its content, sender and recipients are fixed, and to change it you make a copy. You can still cancel it until it has been sent.</source>
        <translation>Scheduling seals the mailing: its content, sender and recipients are fixed, and to change it you make a copy. You can still cancel it until it has been sent.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Sealing “%1” and fixing its recipients…</source>
        <translation>Sealing “%1” and fixing its recipients…</translation>
    </message>
    <message>
        <source>“%1” is scheduled %2 for %3.</source>
        <translation>“%1” is scheduled %2 for %3.</translation>
    </message>
    <message>
        <source>%1 is not a recipient of this mailing.</source>
        <translation>%1 is not a recipient of this mailing.</translation>
    </message>
    <message>
        <source>No contact has the address %1.</source>
        <translation>No contact has the address %1.</translation>
    </message>
    <message>
        <source>(no sender yet)</source>
        <translation>(no sender yet)</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>%1 (a sample contact)</source>
        <translation>%1 (a sample contact)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Preheader:</source>
        <translation>Preheader:</translation>
    </message>
</context>
<context>
    <name>MailingFormat</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>As soon as possible</translation>
    </message>
</context>
<context>
    <name>MailingPlanner</name>
    <message>
        <source>A template is chosen</source>
        <translation>A template is chosen</translation>
    </message>
    <message>
        <source>The template of this mailing no longer exists. Choose another one.</source>
        <translation>The template of this mailing no longer exists. Choose another one.</translation>
    </message>
    <message>
        <source>Choose the template this mailing is made from.</source>
        <translation>Choose the template this mailing is made from.</translation>
    </message>
    <message>
        <source>The template has no errors</source>
        <translation>The template has no errors</translation>
    </message>
    <message numerus="yes">
        <source>The template has %n error(s). The first: %1 Open the template to fix it.</source>
        <translation>
            <numerusform>The template has %n error. The first: %1 Open the template to fix it.</numerusform>
            <numerusform>The template has %n errors. The first: %1 Open the template to fix it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template has an unsubscribe link</source>
        <translation>The template has an unsubscribe link</translation>
    </message>
    <message>
        <source>Add a link to {{unsubscribe_url}} to the template: everyone must be able to unsubscribe from every mailing.</source>
        <translation>Add a link to {{unsubscribe_url}} to the template: everyone must be able to unsubscribe from every mailing.</translation>
    </message>
    <message>
        <source>There is no template to check yet.</source>
        <translation>There is no template to check yet.</translation>
    </message>
    <message>
        <source>The mailing has a subject</source>
        <translation>The mailing has a subject</translation>
    </message>
    <message>
        <source>Type a subject for the mailing (or give its template one).</source>
        <translation>Type a subject for the mailing (or give its template one).</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>company name</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>postal address</translation>
    </message>
    <message>
        <source>The sender’s company and address are set</source>
        <translation>The sender’s company and address are set</translation>
    </message>
    <message>
        <source>Every mailing must say who sends it. Fill in the %1 under Settings → Sender.</source>
        <translation>Every mailing must say who sends it. Fill in the %1 under Settings → Sender.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Give the mailing a “From” address, or set a default one under Settings → Sender.</source>
        <translation>Give the mailing a “From” address, or set a default one under Settings → Sender.</translation>
    </message>
    <message>
        <source>The “From” address “%1” is not a valid e-mail address.</source>
        <translation>The “From” address “%1” is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>The reply-to address “%1” is not a valid e-mail address.</source>
        <translation>The reply-to address “%1” is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>The sender’s e-mail address is valid</source>
        <translation>The sender’s e-mail address is valid</translation>
    </message>
    <message>
        <source>Choose the lists or segments this mailing goes to.</source>
        <translation>Choose the lists or segments this mailing goes to.</translation>
    </message>
    <message>
        <source>No one in this audience is subscribed to the newsletter and not suppressed. Choose other lists or segments.</source>
        <translation>No one in this audience is subscribed to the newsletter and not suppressed. Choose other lists or segments.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one recipient</source>
        <translation>At least one recipient</translation>
    </message>
    <message>
        <source>The send time is ahead</source>
        <translation>The send time is ahead</translation>
    </message>
    <message>
        <source>The chosen send time has passed. Choose a later time or “as soon as possible”.</source>
        <translation>The chosen send time has passed. Choose a later time or “as soon as possible”.</translation>
    </message>
    <message>
        <source>Send a test first</source>
        <translation>Send a test first</translation>
    </message>
    <message>
        <source>Recommended: look at a test message in your own mailbox before it goes to everyone.</source>
        <translation>Recommended: look at a test message in your own mailbox before it goes to everyone.</translation>
    </message>
    <message>
        <source>Choose a template to see the message.</source>
        <translation>Choose a template to see the message.</translation>
    </message>
    <message>
        <source>This mailing no longer exists.</source>
        <translation>This mailing no longer exists.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>“%1” is not a time zone.</translation>
    </message>
    <message>
        <source>This mailing cannot be scheduled yet: %1</source>
        <translation>This mailing cannot be scheduled yet: %1</translation>
    </message>
</context>
<context>
    <name>MailingRepository</name>
    <message>
        <source>This mailing is sealed; make a copy to change it.</source>
        <translation>This mailing is sealed; make a copy to change it.</translation>
    </message>
    <message>
        <source>Give the mailing a name.</source>
        <translation>Give the mailing a name.</translation>
    </message>
    <message>
        <source>There is already a mailing called “%1”. Choose another name.</source>
        <translation>There is already a mailing called “%1”. Choose another name.</translation>
    </message>
    <message>
        <source>“%1” is not a valid sender address.</source>
        <translation>“%1” is not a valid sender address.</translation>
    </message>
    <message>
        <source>“%1” is not a valid reply-to address.</source>
        <translation>“%1” is not a valid reply-to address.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>“%1” is not a known time zone.</translation>
    </message>
    <message>
        <source>The template of this mailing no longer exists. Choose another one.</source>
        <translation>The template of this mailing no longer exists. Choose another one.</translation>
    </message>
    <message>
        <source>This mailing no longer exists.</source>
        <translation>This mailing no longer exists.</translation>
    </message>
    <message>
        <source>This mailing is sealed; it stays as the record of what was sent.</source>
        <translation>This mailing is sealed; it stays as the record of what was sent.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>mailing name</comment>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <comment>mailing name</comment>
        <translation>%1 (copy %2)</translation>
    </message>
    <message>
        <source>A mailing cannot go from “%1” to “%2” without being sealed.</source>
        <translation>A mailing cannot go from “%1” to “%2” without being sealed.</translation>
    </message>
    <message>
        <source>A mailing cannot go from “%1” to “%2”.</source>
        <translation>A mailing cannot go from “%1” to “%2”.</translation>
    </message>
    <message>
        <source>This mailing is already sealed.</source>
        <translation>This mailing is already sealed.</translation>
    </message>
    <message>
        <source>The template has no {{unsubscribe_url}} link. Every mailing must let people unsubscribe.</source>
        <translation>The template has no {{unsubscribe_url}} link. Every mailing must let people unsubscribe.</translation>
    </message>
    <message>
        <source>No one would receive this mailing: its audience has no subscribed contacts that are not suppressed or excluded.</source>
        <translation>No one would receive this mailing: its audience has no subscribed contacts that are not suppressed or excluded.</translation>
    </message>
    <message>
        <source>The recipients cannot be selected in memory here; the database selection is needed.</source>
        <translation>The recipients cannot be selected in memory here; the database selection is needed.</translation>
    </message>
</context>
<context>
    <name>MailingState</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sending</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
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
        <translation>Double-click a mailing to open it. A draft is saved as you type; once scheduled, a mailing is sealed and changes need a copy.</translation>
    </message>
    <message>
        <source>New mailing</source>
        <translation>New mailing</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Make a new draft with the same content</source>
        <translation>Make a new draft with the same content</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete this draft (a mailing that was scheduled is kept as the record of what was sent)</source>
        <translation>Delete this draft (a mailing that was scheduled is kept as the record of what was sent)</translation>
    </message>
    <message>
        <source>Cancel mailing…</source>
        <translation>Cancel mailing…</translation>
    </message>
    <message>
        <source>Stop a scheduled mailing before it goes out</source>
        <translation>Stop a scheduled mailing before it goes out</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Send time</source>
        <translation>Send time</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>No mailings yet</source>
        <translation>No mailings yet</translation>
    </message>
    <message>
        <source>A mailing sends one of your templates to the lists and segments you choose. Sendtrix checks it with you before it goes out, and only subscribed contacts receive it.</source>
        <translation>A mailing sends one of your templates to the lists and segments you choose. Sendtrix checks it with you before it goes out, and only subscribed contacts receive it.</translation>
    </message>
    <message>
        <source>Create your first mailing</source>
        <translation>Create your first mailing</translation>
    </message>
    <message>
        <source>%1
Subject: %2</source>
        <translation>%1
Subject: %2</translation>
    </message>
    <message>
        <source>Planned; fixed when the mailing is scheduled</source>
        <translation>Planned; fixed when the mailing is scheduled</translation>
    </message>
    <message>
        <source>Counted when the draft was open; fixed when it is scheduled</source>
        <translation>Counted when the draft was open; fixed when it is scheduled</translation>
    </message>
    <message>
        <source>Open the draft to count its recipients</source>
        <translation>Open the draft to count its recipients</translation>
    </message>
    <message>
        <source>Mailing not created</source>
        <translation>Mailing not created</translation>
    </message>
    <message>
        <source>Mailing not copied</source>
        <translation>Mailing not copied</translation>
    </message>
    <message>
        <source>“%1” is a new draft: change it and schedule it when it is ready.</source>
        <translation>“%1” is a new draft: change it and schedule it when it is ready.</translation>
    </message>
    <message>
        <source>Delete mailing</source>
        <translation>Delete mailing</translation>
    </message>
    <message>
        <source>“%1” has been scheduled, so it is kept as the record of what was sent. You can cancel it if it has not gone out.</source>
        <translation>“%1” has been scheduled, so it is kept as the record of what was sent. You can cancel it if it has not gone out.</translation>
    </message>
    <message>
        <source>Delete the draft “%1”?</source>
        <translation>Delete the draft “%1”?</translation>
    </message>
    <message>
        <source>Mailing not deleted</source>
        <translation>Mailing not deleted</translation>
    </message>
    <message>
        <source>Draft “%1” deleted.</source>
        <translation>Draft “%1” deleted.</translation>
    </message>
    <message>
        <source>Cancel mailing</source>
        <translation>Cancel mailing</translation>
    </message>
    <message>
        <source>Cancel “%1”?</source>
        <translation>Cancel “%1”?</translation>
    </message>
    <message>
        <source>It is being sent now. Recipients who have not received it yet will not get it. This cannot be undone; a copy can be scheduled again.</source>
        <translation>It is being sent now. Recipients who have not received it yet will not get it. This cannot be undone; a copy can be scheduled again.</translation>
    </message>
    <message>
        <source>It will not be sent to its %1 recipients. This cannot be undone; you can make a copy and schedule that instead.</source>
        <translation>It will not be sent to its %1 recipients. This cannot be undone; you can make a copy and schedule that instead.</translation>
    </message>
    <message>
        <source>Keep it scheduled</source>
        <translation>Keep it scheduled</translation>
    </message>
    <message>
        <source>Mailing not cancelled</source>
        <translation>Mailing not cancelled</translation>
    </message>
    <message>
        <source>“%1” is cancelled.</source>
        <translation>“%1” is cancelled.</translation>
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
        <translation>Contacts</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;New contact…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Delete selected contacts</source>
        <translation>&amp;Delete selected contacts</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Sendtrix</source>
        <translation>&amp;About Sendtrix</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 contacts shown</source>
        <translation>%1 of %2 contacts shown</translation>
    </message>
    <message>
        <source>About Sendtrix</source>
        <translation>About Sendtrix</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sendtrix %1&lt;/h3&gt;&lt;p&gt;E-mail marketing that small businesses can trust with their customer lists.&lt;/p&gt;&lt;p&gt;Your contacts are kept in a local store on this computer:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sendtrix %1&lt;/h3&gt;&lt;p&gt;E-mail marketing that small businesses can trust with their customer lists.&lt;/p&gt;&lt;p&gt;Your contacts are kept in a local store on this computer:&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Verify consent history…</source>
        <translation>&amp;Verify consent history…</translation>
    </message>
    <message>
        <source>Check that no consent record has been changed or removed outside Sendtrix</source>
        <translation>Check that no consent record has been changed or removed outside Sendtrix</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Export contacts…</translation>
    </message>
    <message>
        <source>Save the contacts shown (with the current list, search and filter) as CSV or vCard</source>
        <translation>Save the contacts shown (with the current list, search and filter) as CSV or vCard</translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation>&amp;Undo last import…</translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation>Undo last import</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>There is no import to undo.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Undid the import of %1.</source>
        <translation>Undid the import of %1.</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Import contacts…</translation>
    </message>
    <message>
        <source>Add contacts from a CSV file (Excel, Outlook, Google, Mailchimp) or a vCard file</source>
        <translation>Add contacts from a CSV file (Excel, Outlook, Google, Mailchimp) or a vCard file</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated.</source>
        <translation>Imported %1: %2 added, %3 updated.</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2)?</source>
        <translation>Undo the import of %1 (%2)?</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln contact(s) it added are removed.</source>
        <translation>
            <numerusform>The %Ln contact it added is removed.</numerusform>
            <numerusform>The %Ln contacts it added are removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln contact(s) it changed get their earlier details back.</source>
        <translation>
            <numerusform>The %Ln contact it changed gets its earlier details back.</numerusform>
            <numerusform>The %Ln contacts it changed get their earlier details back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent it recorded stays in the history.</source>
        <translation>Consent it recorded stays in the history.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
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
        <translation>&lt;b&gt;Our privacy policy changes on %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Read the new policy</source>
        <translation>Read the new policy</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Service announcement</source>
        <translation>Service announcement</translation>
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
        <translation>personal-data-%1.json</translation>
    </message>
    <message>
        <source>Export personal data of %1</source>
        <translation>Export personal data of %1</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Personal data exported</translation>
    </message>
    <message>
        <source>Everything Sendtrix holds about %1 is in %2: the contact&apos;s fields, lists, tags and the full consent history with evidence. You can send this file to the person.</source>
        <translation>Everything Sendtrix holds about %1 is in %2: the contact&apos;s fields, lists, tags and the full consent history with evidence. You can send this file to the person.</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Erase %1</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Erase %1 for good?</translation>
    </message>
    <message>
        <source>This removes %1 from Sendtrix: the contact, its lists and tags and its whole consent history, also from your other devices once they sync. Only a salted hash of the address stays on the suppression list, so it is never mailed again, and a note that an erasure happened, without saying who.

This cannot be undone. Export the data first if the person asked for a copy.</source>
        <translation>This removes %1 from Sendtrix: the contact, its lists and tags and its whole consent history, also from your other devices once they sync. Only a salted hash of the address stays on the suppression list, so it is never mailed again, and a note that an erasure happened, without saying who.

This cannot be undone. Export the data first if the person asked for a copy.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <source>Erasing failed</source>
        <translation>Erasing failed</translation>
    </message>
    <message>
        <source>Removing every trace of %1 from the search index…</source>
        <translation>Removing every trace of %1 from the search index…</translation>
    </message>
    <message>
        <source>Erasing not finished</source>
        <translation>Erasing not finished</translation>
    </message>
    <message>
        <source>%1 is erased, but the search index could not be cleaned up yet: %2

Sendtrix finishes this the next time it opens the store.</source>
        <translation>%1 is erased, but the search index could not be cleaned up yet: %2

Sendtrix finishes this the next time it opens the store.</translation>
    </message>
</context>
<context>
    <name>PolicyAckDialog</name>
    <message>
        <source>Our privacy policy has changed</source>
        <translation>Our privacy policy has changed</translation>
    </message>
    <message>
        <source>&lt;b&gt;Since %1, version %2 of our privacy policy is in force.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Since %1, version %2 of our privacy policy is in force.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What changes: %1</source>
        <translation>What changes: %1</translation>
    </message>
    <message>
        <source>You can read it again at any time under Privacy.</source>
        <translation>You can read it again at any time under Privacy.</translation>
    </message>
    <message>
        <source>I have read it</source>
        <translation>I have read it</translation>
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
        <translation>“%1” could not be written: %2</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>%1 (in force)</source>
        <translation>%1 (in force)</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (until %2)</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Privacy policy</translation>
    </message>
    <message>
        <source>The privacy policy could not be loaded.</source>
        <translation>The privacy policy could not be loaded.</translation>
    </message>
    <message>
        <source>Version %1 · effective %2 · an earlier version</source>
        <translation>Version %1 · effective %2 · an earlier version</translation>
    </message>
    <message>
        <source>Version %1 · published %2 · takes effect on %3</source>
        <translation>Version %1 · published %2 · takes effect on %3</translation>
    </message>
    <message>
        <source>Version %1 · in force since %2</source>
        <translation>Version %1 · in force since %2</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Your choices</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (from %2)</translation>
    </message>
    <message>
        <source>sendtrix-what-we-keep.json</source>
        <translation>sendtrix-what-we-keep.json</translation>
    </message>
    <message>
        <source>sendtrix-what-we-keep.html</source>
        <translation>sendtrix-what-we-keep.html</translation>
    </message>
    <message>
        <source>Save as JSON</source>
        <translation>Save as JSON</translation>
    </message>
    <message>
        <source>Save as a web page</source>
        <translation>Save as a web page</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>What Sendtrix keeps about you</source>
        <translation>What Sendtrix keeps about you</translation>
    </message>
    <message>
        <source>What we keep</source>
        <translation>What we keep</translation>
    </message>
    <message>
        <source>What Sendtrix keeps about you and your account: counts and sizes of what you store, your mailings per month and your choices. Save it to keep a copy or to ask us about it.</source>
        <translation>What Sendtrix keeps about you and your account: counts and sizes of what you store, your mailings per month and your choices. Save it to keep a copy or to ask us about it.</translation>
    </message>
    <message>
        <source>Save as web page…</source>
        <translation>Save as web page…</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Save as JSON…</translation>
    </message>
</context>
<context>
    <name>RecipientSelection</name>
    <message>
        <source>A list of this mailing’s audience no longer exists. Choose the lists again.</source>
        <translation>A list of this mailing’s audience no longer exists. Choose the lists again.</translation>
    </message>
    <message>
        <source>A segment of this mailing’s audience no longer exists. Choose the segments again.</source>
        <translation>A segment of this mailing’s audience no longer exists. Choose the segments again.</translation>
    </message>
    <message>
        <source>The rules of segment “%1” cannot be read: %2</source>
        <translation>The rules of segment “%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>The recipients cannot be counted in memory here; the count in the database is needed.</source>
        <translation>The recipients cannot be counted in memory here; the count in the database is needed.</translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Soft opt-in: all five must be true (Telecommunicatiewet art. 11.7)</source>
        <translation>Soft opt-in: all five must be true (Telecommunicatiewet art. 11.7)</translation>
    </message>
    <message>
        <source>The address was given with a purchase</source>
        <translation>The address was given with a purchase</translation>
    </message>
    <message>
        <source>The mail comes from the same company that made the sale</source>
        <translation>The mail comes from the same company that made the sale</translation>
    </message>
    <message>
        <source>The customer was told at the time that the address would be used for this</source>
        <translation>The customer was told at the time that the address would be used for this</translation>
    </message>
    <message>
        <source>The customer could refuse at the time, free of charge</source>
        <translation>The customer could refuse at the time, free of charge</translation>
    </message>
    <message>
        <source>The mailings are about the company&apos;s own, similar products</source>
        <translation>The mailings are about the company&apos;s own, similar products</translation>
    </message>
    <message>
        <source>Source and proof</source>
        <translation>Source and proof</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Wording shown</source>
        <translation>Wording shown</translation>
    </message>
    <message>
        <source>Privacy policy version</source>
        <translation>Privacy policy version</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Record withdrawal</translation>
    </message>
    <message>
        <source>Record that %1 agreed to be contacted. Say where and how, so you can show it later if anyone asks.</source>
        <translation>Record that %1 agreed to be contacted. Say where and how, so you can show it later if anyone asks.</translation>
    </message>
    <message>
        <source>Record that %1 no longer wants to be contacted. From now on no mailing goes to this address.</source>
        <translation>Record that %1 no longer wants to be contacted. From now on no mailing goes to this address.</translation>
    </message>
    <message>
        <source>e.g. Beurs Utrecht, stand 12; or the form&apos;s web address</source>
        <translation>e.g. Beurs Utrecht, stand 12; or the form&apos;s web address</translation>
    </message>
    <message>
        <source>The exact sentence the person agreed to, e.g. “Yes, send me the newsletter.”</source>
        <translation>The exact sentence the person agreed to, e.g. “Yes, send me the newsletter.”</translation>
    </message>
    <message>
        <source>e.g. 2026-01</source>
        <translation>e.g. 2026-01</translation>
    </message>
    <message>
        <source>None (optional: a scanned form, a screenshot, the e-mail)</source>
        <translation>None (optional: a scanned form, a screenshot, the e-mail)</translation>
    </message>
    <message>
        <source>Choose an evidence file</source>
        <translation>Choose an evidence file</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.msg *.txt);;All files (*)</source>
        <translation>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.msg *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Address on the suppression list</source>
        <translation>Address on the suppression list</translation>
    </message>
    <message>
        <source>Has %1 explicitly asked to receive mail again?</source>
        <translation>Has %1 explicitly asked to receive mail again?</translation>
    </message>
    <message>
        <source>Yes, they asked again</source>
        <translation>Yes, they asked again</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>saved automatically</source>
        <translation>saved automatically</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>Template history</source>
        <translation>Template history</translation>
    </message>
    <message>
        <source>Version %1 — %2
%3</source>
        <translation>Version %1 — %2
%3</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Subject: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Subject: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>No contacts match these rules yet.</source>
        <translation>No contacts match these rules yet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) match</source>
        <translation>
            <numerusform>%Ln contact matches</numerusform>
            <numerusform>%Ln contacts match</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit segment “%1”</source>
        <translation>Edit segment “%1”</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>New segment</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>For example: Customers in Utrecht</source>
        <translation>For example: Customers in Utrecht</translation>
    </message>
    <message>
        <source>A segment is a saved selection of contacts. It is worked out again whenever it is used, so new contacts that match are included.</source>
        <translation>A segment is a saved selection of contacts. It is worked out again whenever it is used, so new contacts that match are included.</translation>
    </message>
</context>
<context>
    <name>SegmentGroupEditor</name>
    <message>
        <source>or</source>
        <translation>or</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>A group has no rules: add a rule to it, or remove the group.</source>
        <translation>A group has no rules: add a rule to it, or remove the group.</translation>
    </message>
    <message>
        <source>Contacts that match</source>
        <extracomment>&quot;Match [all|any] of these rules&quot;: the words before the choice</extracomment>
        <translation>Contacts that match</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>all</source>
        <extracomment>&quot;Match [all|any] of these rules&quot;: the choice</extracomment>
        <translation>all</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>of these rules:</source>
        <extracomment>&quot;Match [all|any] of these rules&quot;: the words after the choice</extracomment>
        <translation>of these rules:</translation>
    </message>
    <message>
        <source>Match all or any of the rules</source>
        <translation>Match all or any of the rules</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Add group</translation>
    </message>
    <message>
        <source>Add a rule to this group</source>
        <translation>Add a rule to this group</translation>
    </message>
    <message>
        <source>Add a group of rules with its own “all” or “any”</source>
        <translation>Add a group of rules with its own “all” or “any”</translation>
    </message>
    <message>
        <source>Groups can be nested at most %1 deep.</source>
        <translation>Groups can be nested at most %1 deep.</translation>
    </message>
    <message>
        <source>Remove this group and its rules</source>
        <translation>Remove this group and its rules</translation>
    </message>
    <message>
        <source>No rules yet. Add a rule to choose which contacts belong to the segment.</source>
        <translation>No rules yet. Add a rule to choose which contacts belong to the segment.</translation>
    </message>
    <message>
        <source>No rules in this group yet.</source>
        <translation>No rules in this group yet.</translation>
    </message>
</context>
<context>
    <name>SegmentRepository</name>
    <message>
        <source>Give the segment a name.</source>
        <translation>Give the segment a name.</translation>
    </message>
    <message>
        <source>There is already a segment called “%1”. Choose another name.</source>
        <translation>There is already a segment called “%1”. Choose another name.</translation>
    </message>
    <message>
        <source>This segment no longer exists.</source>
        <translation>This segment no longer exists.</translation>
    </message>
</context>
<context>
    <name>SegmentRule</name>
    <message>
        <source>The segment&apos;s rules are not valid JSON: %1</source>
        <translation>The segment&apos;s rules are not valid JSON: %1</translation>
    </message>
    <message>
        <source>The segment&apos;s rules must be a JSON object.</source>
        <translation>The segment&apos;s rules must be a JSON object.</translation>
    </message>
    <message>
        <source>%1: is missing</source>
        <translation>%1: is missing</translation>
    </message>
    <message>
        <source>%1: must be text</source>
        <translation>%1: must be text</translation>
    </message>
    <message>
        <source>%1: a segment may have at most %2 rules</source>
        <translation>%1: a segment may have at most %2 rules</translation>
    </message>
    <message>
        <source>%1: unknown kind &apos;%2&apos;</source>
        <translation>%1: unknown kind &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: unknown operator &apos;%2&apos;</source>
        <translation>%1: unknown operator &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: unknown field &apos;%2&apos;</source>
        <translation>%1: unknown field &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: must be a list&apos;s uuid or id</source>
        <translation>%1: must be a list&apos;s uuid or id</translation>
    </message>
    <message>
        <source>%1: give the tag&apos;s name</source>
        <translation>%1: give the tag&apos;s name</translation>
    </message>
    <message>
        <source>%1: unknown consent state &apos;%2&apos;</source>
        <translation>%1: unknown consent state &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: unknown date field &apos;%2&apos;</source>
        <translation>%1: unknown date field &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: must be a whole number of days from 1 to %2</source>
        <translation>%1: must be a whole number of days from 1 to %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date as YYYY-MM-DD</source>
        <translation>%1: &apos;%2&apos; is not a date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1: groups may be nested at most %2 deep</source>
        <translation>%1: groups may be nested at most %2 deep</translation>
    </message>
    <message>
        <source>%1: unknown match &apos;%2&apos; (all or any)</source>
        <translation>%1: unknown match &apos;%2&apos; (all or any)</translation>
    </message>
    <message>
        <source>%1: must be a list of rules</source>
        <translation>%1: must be a list of rules</translation>
    </message>
    <message>
        <source>%1: a rule must be an object</source>
        <translation>%1: a rule must be an object</translation>
    </message>
</context>
<context>
    <name>SegmentRuleRow</name>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Other custom field…</source>
        <translation>Other custom field…</translation>
    </message>
    <message>
        <source>Filter on a custom field by its name, for example one that only older contacts have.</source>
        <translation>Filter on a custom field by its name, for example one that only older contacts have.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Newsletter consent</source>
        <translation>Newsletter consent</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>When the contact was added to Sendtrix</source>
        <translation>When the contact was added to Sendtrix</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>When the contact&apos;s details were last changed</source>
        <translation>When the contact&apos;s details were last changed</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Subscribed</translation>
    </message>
    <message>
        <source>When the contact&apos;s current newsletter subscription was given; only contacts subscribed now match</source>
        <translation>When the contact&apos;s current newsletter subscription was given; only contacts subscribed now match</translation>
    </message>
    <message>
        <source>is</source>
        <translation>is</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>is not</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contains</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>does not contain</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>starts with</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>ends with</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>is not empty</translation>
    </message>
    <message>
        <source>contact is in</source>
        <comment>list</comment>
        <translation>contact is in</translation>
    </message>
    <message>
        <source>contact is not in</source>
        <comment>list</comment>
        <translation>contact is not in</translation>
    </message>
    <message>
        <source>contact has</source>
        <comment>tag</comment>
        <translation>contact has</translation>
    </message>
    <message>
        <source>contact does not have</source>
        <comment>tag</comment>
        <translation>contact does not have</translation>
    </message>
    <message>
        <source>is</source>
        <comment>consent state</comment>
        <translation>is</translation>
    </message>
    <message>
        <source>is not</source>
        <comment>consent state</comment>
        <translation>is not</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>in the last</translation>
    </message>
    <message>
        <source>before</source>
        <translation>before</translation>
    </message>
    <message>
        <source>after</source>
        <translation>after</translation>
    </message>
    <message>
        <source>subscribed</source>
        <translation>subscribed</translation>
    </message>
    <message>
        <source>pending (not confirmed yet)</source>
        <translation>pending (not confirmed yet)</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>unsubscribed</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>bounced</translation>
    </message>
    <message>
        <source>complained (marked as spam)</source>
        <translation>complained (marked as spam)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Custom field</translation>
    </message>
    <message>
        <source>Name of the custom field:</source>
        <translation>Name of the custom field:</translation>
    </message>
    <message>
        <source>(a list that no longer exists)</source>
        <translation>(a list that no longer exists)</translation>
    </message>
    <message>
        <source>“%1 %2 …”: type a value, or choose “%3”.</source>
        <translation>“%1 %2 …”: type a value, or choose “%3”.</translation>
    </message>
    <message>
        <source>There are no lists yet: create a list first, or remove the rule about lists.</source>
        <translation>There are no lists yet: create a list first, or remove the rule about lists.</translation>
    </message>
    <message>
        <source>Choose a list for the rule about lists.</source>
        <translation>Choose a list for the rule about lists.</translation>
    </message>
    <message>
        <source>A rule uses a list that no longer exists: choose another list.</source>
        <translation>A rule uses a list that no longer exists: choose another list.</translation>
    </message>
    <message>
        <source>“%1 …”: choose or type a tag.</source>
        <translation>“%1 …”: choose or type a tag.</translation>
    </message>
    <message>
        <source>“%1 in the last … days”: give at least 1 day.</source>
        <translation>“%1 in the last … days”: give at least 1 day.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>Remove this rule</translation>
    </message>
    <message>
        <source>What the rule is about</source>
        <translation>What the rule is about</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language of Sendtrix</source>
        <translation>Language of Sendtrix</translation>
    </message>
    <message>
        <source>Local store</source>
        <translation>Local store</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Ask again after</source>
        <translation>Ask again after</translation>
    </message>
    <message>
        <source>Contacts whose consent is older than this, with no mailing since, are marked “needs re-permission”: ask them again or remove them.</source>
        <translation>Contacts whose consent is older than this, with no mailing since, are marked “needs re-permission”: ask them again or remove them.</translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> month</numerusform>
            <numerusform> months</numerusform>
        </translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Street and number, postcode and town</source>
        <translation>Street and number, postcode and town</translation>
    </message>
    <message>
        <source>The law asks every newsletter to say who sends it and where you can be reached: templates show this address where they use {{sender_address}}.</source>
        <translation>The law asks every newsletter to say who sends it and where you can be reached: templates show this address where they use {{sender_address}}.</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK number</translation>
    </message>
    <message>
        <source>Optional, 8 digits</source>
        <translation>Optional, 8 digits</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <source>Sender address: %1</source>
        <translation>Sender address: %1</translation>
    </message>
    <message>
        <source>A KvK number has 8 digits.</source>
        <translation>A KvK number has 8 digits.</translation>
    </message>
    <message>
        <source>news@yourcompany.com</source>
        <translation>news@yourcompany.com</translation>
    </message>
</context>
<context>
    <name>StarterTemplates</name>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>News from a bakery: a new product, a seasonal pre-order and opening hours, with two columns that stack on phones.</source>
        <translation>News from a bakery: a new product, a seasonal pre-order and opening hours, with two columns that stack on phones.</translation>
    </message>
    <message>
        <source>Special offer</source>
        <translation>Special offer</translation>
    </message>
    <message>
        <source>A bike shop&apos;s offer: a bold price block, a checklist of what is included and the terms in small print.</source>
        <translation>A bike shop&apos;s offer: a bold price block, a checklist of what is included and the terms in small print.</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>An open day at a yoga studio: when and where, the programme and a sign-up button.</source>
        <translation>An open day at a yoga studio: when and where, the programme and a sign-up button.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>“%1” is not a Sendtrix store, or it is damaged, so Sendtrix did not open it. The file was not changed. Restore it from a backup, or choose another file.</source>
        <translation>“%1” is not a Sendtrix store, or it is damaged, so Sendtrix did not open it. The file was not changed. Restore it from a backup, or choose another file.</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(Details: %1)</translation>
    </message>
    <message>
        <source>“%1” is read-only, so Sendtrix cannot save changes to it. The file was not changed. Make the file and its folder writable, or copy it to a folder you can write to, and open it again.</source>
        <translation>“%1” is read-only, so Sendtrix cannot save changes to it. The file was not changed. Make the file and its folder writable, or copy it to a folder you can write to, and open it again.</translation>
    </message>
    <message>
        <source>Sendtrix cannot create the folder “%1” for its store. Check that you may write there, or choose another location.</source>
        <translation>Sendtrix cannot create the folder “%1” for its store. Check that you may write there, or choose another location.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Sendtrix (store version %2; this version understands up to %3), so it was not opened. The file was not changed. Install the latest version of Sendtrix to open it.</source>
        <translation>“%1” was written by a newer version of Sendtrix (store version %2; this version understands up to %3), so it was not opened. The file was not changed. Install the latest version of Sendtrix to open it.</translation>
    </message>
    <message>
        <source>Sendtrix could not open “%1”: %2</source>
        <translation>Sendtrix could not open “%1”: %2</translation>
    </message>
    <message>
        <source>Sendtrix could not update the store “%1” (%2): %3. The file was not changed.</source>
        <translation>Sendtrix could not update the store “%1” (%2): %3. The file was not changed.</translation>
    </message>
    <message>
        <source>migration %1</source>
        <translation>migration %1</translation>
    </message>
    <message>
        <source>The store is read-only, so the change was not saved. (Details: %1)</source>
        <translation>The store is read-only, so the change was not saved. (Details: %1)</translation>
    </message>
    <message>
        <source>The store reported an error, so the change was not saved: %1 (%2)</source>
        <translation>The store reported an error, so the change was not saved: %1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Sendtrix store. Choose the store file inside it (sendtrix.db), or another file.</source>
        <translation>“%1” is a folder, not a Sendtrix store. Choose the store file inside it (sendtrix.db), or another file.</translation>
    </message>
    <message>
        <source>A step of a bulk change failed, so the whole change was undone.</source>
        <translation>A step of a bulk change failed, so the whole change was undone.</translation>
    </message>
</context>
<context>
    <name>SuppressionList</name>
    <message>
        <source>unsubscribed</source>
        <translation>unsubscribed</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>bounced</translation>
    </message>
    <message>
        <source>marked a mailing as spam</source>
        <translation>marked a mailing as spam</translation>
    </message>
    <message>
        <source>asked to be erased</source>
        <translation>asked to be erased</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>reason, date: “unsubscribed on 3 March 2026”</comment>
        <translation>%1 on %2</translation>
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
        <translation>%1 (conflict copy from %2)</translation>
    </message>
    <message>
        <source>Withdrawn on another device while consent was given on this one; the withdrawal wins.</source>
        <translation>Withdrawn on another device while consent was given on this one; the withdrawal wins.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Not signed in: log in to a server to sync.</source>
        <translation>Not signed in: log in to a server to sync.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2</source>
        <translation>Syncing: %1 of %2</translation>
    </message>
    <message>
        <source>Syncing: %1</source>
        <translation>Syncing: %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced; %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>Synced; %n change waiting to be sent</numerusform>
            <numerusform>Synced; %n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>Offline: %n change waiting to be sent</numerusform>
            <numerusform>Offline: %n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced, but the server refused %n change(s): see the details</source>
        <translation>
            <numerusform>Synced, but the server refused %n change: see the details</numerusform>
            <numerusform>Synced, but the server refused %n changes: see the details</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncJournal</name>
    <message>
        <source>The server&apos;s answer to a sync batch does not match what was sent.</source>
        <translation>The server&apos;s answer to a sync batch does not match what was sent.</translation>
    </message>
    <message>
        <source>The server answered a sync change with “%1”, which this version of Sendtrix does not know.</source>
        <translation>The server answered a sync change with “%1”, which this version of Sendtrix does not know.</translation>
    </message>
    <message>
        <source>A change pulled from the server (%1 %2) could not be stored: %3</source>
        <translation>A change pulled from the server (%1 %2) could not be stored: %3</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <source>Sending changes</source>
        <translation>Sending changes</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Receiving changes</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Finishing</translation>
    </message>
    <message>
        <source>The server could not be reached. Your changes are kept here and will be sent at the next sync.</source>
        <translation>The server could not be reached. Your changes are kept here and will be sent at the next sync.</translation>
    </message>
    <message>
        <source>The sync was stopped. What was sent and received is kept; the rest follows at the next sync.</source>
        <translation>The sync was stopped. What was sent and received is kept; the rest follows at the next sync.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read. Your changes are kept here; try again later, or ask the server&apos;s administrator.</source>
        <translation>The server&apos;s answer could not be read. Your changes are kept here; try again later, or ask the server&apos;s administrator.</translation>
    </message>
    <message>
        <source>%1 The server said: “%2”.</source>
        <translation>%1 The server said: “%2”.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Not syncing: &lt;a href=&quot;login&quot;&gt;log in&lt;/a&gt; to a Sendtrix server</source>
        <translation>Not syncing: &lt;a href=&quot;login&quot;&gt;log in&lt;/a&gt; to a Sendtrix server</translation>
    </message>
    <message>
        <source>Not syncing: %1 &lt;a href=&quot;login&quot;&gt;Log in&lt;/a&gt;</source>
        <translation>Not syncing: %1 &lt;a href=&quot;login&quot;&gt;Log in&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>Last sync: %1 sent, %2 received, %3 merged; %4 change(s) waiting.</source>
        <translation>Last sync: %1 sent, %2 received, %3 merged; %4 change(s) waiting.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Send your changes to the server and fetch those made elsewhere</source>
        <translation>Send your changes to the server and fetch those made elsewhere</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s); they are kept here and sent again when you edit them:</source>
        <translation>
            <numerusform>The server refused %n change; it is kept here and sent again when you edit it:</numerusform>
            <numerusform>The server refused %n changes; they are kept here and sent again when you edit them:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>The tag “%1…” is too long: at most 100 characters.</source>
        <translation>The tag “%1…” is too long: at most 100 characters.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Subject line; merge fields such as {{first_name}} work here too</source>
        <translation>Subject line; merge fields such as {{first_name}} work here too</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Save version</translation>
    </message>
    <message>
        <source>Keep this state in the history (Ctrl+S). Your work is saved automatically as you type.</source>
        <translation>Keep this state in the history (Ctrl+S). Your work is saved automatically as you type.</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Preview for:</translation>
    </message>
    <message>
        <source>Name or e-mail of a contact</source>
        <translation>Name or e-mail of a contact</translation>
    </message>
    <message>
        <source>Type a name or address to see the template as that contact will. Empty: a sample contact.</source>
        <translation>Type a name or address to see the template as that contact will. Empty: a sample contact.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Preview at 600 pixels, the usual width of a newsletter</source>
        <translation>Preview at 600 pixels, the usual width of a newsletter</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Preview at 375 pixels, the width of most phones</source>
        <translation>Preview at 375 pixels, the width of most phones</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Plain text</translation>
    </message>
    <message>
        <source>Write my own plain text</source>
        <translation>Write my own plain text</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>A template needs a name.</translation>
    </message>
    <message>
        <source>Another template is called “%1”.</source>
        <translation>Another template is called “%1”.</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Template not saved</translation>
    </message>
    <message>
        <source>Version saved in the history of “%1”.</source>
        <translation>Version saved in the history of “%1”.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation>All changes saved (%1)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Checks: no problems found</source>
        <translation>Checks: no problems found</translation>
    </message>
    <message>
        <source>Checks: %1, %2 — a template with errors cannot be sent</source>
        <translation>Checks: %1, %2 — a template with errors cannot be sent</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Checks: %1</translation>
    </message>
    <message>
        <source>This text is sent as the plain-text part, for mail programs that do not show HTML. Merge fields work here too.</source>
        <translation>This text is sent as the plain-text part, for mail programs that do not show HTML. Merge fields work here too.</translation>
    </message>
    <message>
        <source>Made from the HTML each time it changes: headings, paragraphs, lists, and links with their address. Tick the box above to write your own.</source>
        <translation>Made from the HTML each time it changes: headings, paragraphs, lists, and links with their address. Tick the box above to write your own.</translation>
    </message>
    <message>
        <source>No contact has the address %1.</source>
        <translation>No contact has the address %1.</translation>
    </message>
    <message>
        <source>Preview for %1.</source>
        <translation>Preview for %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 is larger than %2 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not an image Sendtrix can show.</source>
        <translation>%1 is not an image Sendtrix can show.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) stored with the template. Describe each in its alt text.</source>
        <translation>
            <numerusform>%n image stored with the template. Describe it in its alt text.</numerusform>
            <numerusform>%n images stored with the template. Describe each in its alt text.</numerusform>
        </translation>
    </message>
    <message>
        <source>Image not added</source>
        <translation>Image not added</translation>
    </message>
    <message>
        <source>Version not restored</source>
        <translation>Version not restored</translation>
    </message>
    <message>
        <source>Version %1 restored; the text before it is kept in the history.</source>
        <translation>Version %1 restored; the text before it is kept in the history.</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Insert field</translation>
    </message>
    <message>
        <source>Put a merge field at the cursor: the contact&apos;s name, your address, the unsubscribe link…</source>
        <translation>Put a merge field at the cursor: the contact&apos;s name, your address, the unsubscribe link…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Shrink the page to fit this pane; off: show it at its real size</source>
        <translation>Shrink the page to fit this pane; off: show it at its real size</translation>
    </message>
    <message>
        <source>Close to Apple Mail and Gmail · images from the internet not loaded</source>
        <translation>Close to Apple Mail and Gmail · images from the internet not loaded</translation>
    </message>
    <message>
        <source>The preview is laid out by litehtml, a small HTML and CSS engine: close to what Apple Mail and Gmail show. Outlook on Windows ignores part of the CSS. Images from the internet are not loaded, as most mail programs do until the reader allows it.</source>
        <translation>The preview is laid out by litehtml, a small HTML and CSS engine: close to what Apple Mail and Gmail show. Outlook on Windows ignores part of the CSS. Images from the internet are not loaded, as most mail programs do until the reader allows it.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Saved, except the name</source>
        <translation>Saved, except the name</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2</source>
        <translation>To: %1
Subject: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>The contact&apos;s company</source>
        <translation>The contact&apos;s company</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>First name, or a word when there is none</source>
        <translation>First name, or a word when there is none</translation>
    </message>
    <message>
        <source>Your company name (Settings)</source>
        <translation>Your company name (Settings)</translation>
    </message>
    <message>
        <source>Your postal address (Settings)</source>
        <translation>Your postal address (Settings)</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <translation>Unsubscribe link</translation>
    </message>
    <message>
        <source>View online link</source>
        <translation>View online link</translation>
    </message>
    <message>
        <source>“%1” was changed by another program as well. Your version is kept; the other one is in the history.</source>
        <translation>“%1” was changed by another program as well. Your version is kept; the other one is in the history.</translation>
    </message>
    <message>
        <source>“%1” was changed by another program; the editor shows the new version.</source>
        <translation>“%1” was changed by another program; the editor shows the new version.</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Unsubscribe</translation>
    </message>
    <message>
        <source>View online</source>
        <translation>View online</translation>
    </message>
</context>
<context>
    <name>TemplateLinter</name>
    <message>
        <source>Line %1: an image has no alt text; people who block images see nothing.</source>
        <translation>Line %1: an image has no alt text; people who block images see nothing.</translation>
    </message>
    <message>
        <source>Line %1: the image “%2” has no alt text; people who block images see nothing.</source>
        <translation>Line %1: the image “%2” has no alt text; people who block images see nothing.</translation>
    </message>
    <message>
        <source>Line %1: the image “%2” is loaded over http:// instead of https://; many e-mail programs will not show it or warn about it.</source>
        <translation>Line %1: the image “%2” is loaded over http:// instead of https://; many e-mail programs will not show it or warn about it.</translation>
    </message>
    <message>
        <source>Line %1: the link to “%2” uses http:// instead of https://; browsers and spam filters distrust it.</source>
        <translation>Line %1: the link to “%2” uses http:// instead of https://; browsers and spam filters distrust it.</translation>
    </message>
    <message>
        <source>The HTML has no &lt;!DOCTYPE html&gt; line at the top; some e-mail programs then show it in an older, less predictable way.</source>
        <translation>The HTML has no &lt;!DOCTYPE html&gt; line at the top; some e-mail programs then show it in an older, less predictable way.</translation>
    </message>
    <message>
        <source>Line %1: the &lt;%2&gt; that starts here is never closed with &lt;/%2&gt;.</source>
        <translation>Line %1: the &lt;%2&gt; that starts here is never closed with &lt;/%2&gt;.</translation>
    </message>
    <message>
        <source>Line %1: &lt;%2&gt; is still open where %3 comes; the tags are mis-nested (close them in the reverse order you opened them).</source>
        <translation>Line %1: &lt;%2&gt; is still open where %3 comes; the tags are mis-nested (close them in the reverse order you opened them).</translation>
    </message>
    <message>
        <source>Line %1: &lt;/%2&gt; closes an element while another one inside it is still open; the tags are mis-nested.</source>
        <translation>Line %1: &lt;/%2&gt; closes an element while another one inside it is still open; the tags are mis-nested.</translation>
    </message>
    <message>
        <source>Line %1: %2 does not close anything that is open here, so it is ignored.</source>
        <translation>Line %1: %2 does not close anything that is open here, so it is ignored.</translation>
    </message>
    <message>
        <source>Line %1: %2 is out of place here and is ignored.</source>
        <translation>Line %1: %2 is out of place here and is ignored.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not an HTML element; e-mail programs ignore it.</source>
        <translation>Line %1: %2 is not an HTML element; e-mail programs ignore it.</translation>
    </message>
    <message>
        <source>Line %1: %2 has the attribute “%3” twice; only one of them is used.</source>
        <translation>Line %1: %2 has the attribute “%3” twice; only one of them is used.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not allowed inside &lt;%3&gt;; e-mail programs move it elsewhere.</source>
        <translation>Line %1: %2 is not allowed inside &lt;%3&gt;; e-mail programs move it elsewhere.</translation>
    </message>
    <message>
        <source>Line %1: text is not allowed directly inside &lt;%2&gt;; e-mail programs move it elsewhere.</source>
        <translation>Line %1: text is not allowed directly inside &lt;%2&gt;; e-mail programs move it elsewhere.</translation>
    </message>
    <message>
        <source>Line %1: the tag %2 has no closing “&gt;”.</source>
        <translation>Line %1: the tag %2 has no closing “&gt;”.</translation>
    </message>
    <message>
        <source>Line %1: the HTML ends inside the tag %2 (a quotation mark or “&gt;” is probably missing), so what follows it is lost.</source>
        <translation>Line %1: the HTML ends inside the tag %2 (a quotation mark or “&gt;” is probably missing), so what follows it is lost.</translation>
    </message>
    <message>
        <source>Line %1: a quotation mark in the tag %2 is missing or one too many, so part of the e-mail may disappear.</source>
        <translation>Line %1: a quotation mark in the tag %2 is missing or one too many, so part of the e-mail may disappear.</translation>
    </message>
    <message>
        <source>Line %1: a quotation mark is missing or one too many, so part of the e-mail may disappear.</source>
        <translation>Line %1: a quotation mark is missing or one too many, so part of the e-mail may disappear.</translation>
    </message>
    <message>
        <source>Line %1: the HTML is not right here (HTML Tidy: %2).</source>
        <translation>Line %1: the HTML is not right here (HTML Tidy: %2).</translation>
    </message>
    <message>
        <source>Line %1: the HTML cannot be read (HTML Tidy: %2).</source>
        <translation>Line %1: the HTML cannot be read (HTML Tidy: %2).</translation>
    </message>
    <message>
        <source>The HTML cannot be read at all.</source>
        <translation>The HTML cannot be read at all.</translation>
    </message>
    <message>
        <source>The subject has a merge field that is not closed; every “{{” needs a matching “}}”.</source>
        <translation>The subject has a merge field that is not closed; every “{{” needs a matching “}}”.</translation>
    </message>
    <message>
        <source>Line %1: a merge field is not closed; every “{{” needs a matching “}}”.</source>
        <translation>Line %1: a merge field is not closed; every “{{” needs a matching “}}”.</translation>
    </message>
    <message>
        <source>The subject opens the section “{{#%1}}” but never closes it with “{{/%1}}”.</source>
        <translation>The subject opens the section “{{#%1}}” but never closes it with “{{/%1}}”.</translation>
    </message>
    <message>
        <source>Line %1: the section “{{#%2}}” is never closed; add “{{/%2}}” where it should end.</source>
        <translation>Line %1: the section “{{#%2}}” is never closed; add “{{/%2}}” where it should end.</translation>
    </message>
    <message>
        <source>The subject closes the section “{{/%1}}”, which was never opened.</source>
        <translation>The subject closes the section “{{/%1}}”, which was never opened.</translation>
    </message>
    <message>
        <source>Line %1: “{{/%2}}” closes a section that was never opened.</source>
        <translation>Line %1: “{{/%2}}” closes a section that was never opened.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a merge field Sendtrix knows; it would stay empty in every e-mail.</source>
        <translation>Line %1: “%2” is not a merge field Sendtrix knows; it would stay empty in every e-mail.</translation>
    </message>
    <message>
        <source>The subject uses “%1”, which is not a merge field Sendtrix knows; it would stay empty.</source>
        <translation>The subject uses “%1”, which is not a merge field Sendtrix knows; it would stay empty.</translation>
    </message>
    <message>
        <source>The template has no unsubscribe link ({{unsubscribe_url}}); such a template can never be sent.</source>
        <translation>The template has no unsubscribe link ({{unsubscribe_url}}); such a template can never be sent.</translation>
    </message>
    <message>
        <source>Line %1: {{unsubscribe_url}} is not a link; put it in the href of an &lt;a&gt; so readers can click it.</source>
        <translation>Line %1: {{unsubscribe_url}} is not a link; put it in the href of an &lt;a&gt; so readers can click it.</translation>
    </message>
    <message>
        <source>The template shows {{sender_address}}, but no postal address is set; set your postal address in Settings.</source>
        <translation>The template shows {{sender_address}}, but no postal address is set; set your postal address in Settings.</translation>
    </message>
    <message>
        <source>The e-mail does not show your postal address, which the law requires in marketing e-mail; add {{sender_address}} to the footer.</source>
        <translation>The e-mail does not show your postal address, which the law requires in marketing e-mail; add {{sender_address}} to the footer.</translation>
    </message>
    <message>
        <source>The subject is empty; many people never open such an e-mail and spam filters distrust it.</source>
        <translation>The subject is empty; many people never open such an e-mail and spam filters distrust it.</translation>
    </message>
    <message numerus="yes">
        <source>The e-mail loads %n image(s) from the internet; many e-mail programs block them until the reader allows it, so make sure it reads well without them.</source>
        <translation>
            <numerusform>The e-mail loads %n image from the internet; many e-mail programs block them until the reader allows it, so make sure it reads well without them.</numerusform>
            <numerusform>The e-mail loads %n images from the internet; many e-mail programs block them until the reader allows it, so make sure it reads well without them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The HTML is %1 KB; Gmail clips messages over 102 KB and hides the rest, the unsubscribe link included.</source>
        <translation>The HTML is %1 KB; Gmail clips messages over 102 KB and hides the rest, the unsubscribe link included.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
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
        <translation>The merge fields of the %1 are not right: %2</translation>
    </message>
    <message>
        <source>Line %1 of the %2: the merge fields are not right (%3)</source>
        <translation>Line %1 of the %2: the merge fields are not right (%3)</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>[your postal address: set it in Settings]</source>
        <translation>[your postal address: set it in Settings]</translation>
    </message>
    <message>
        <source>[your company name: set it in Settings]</source>
        <translation>[your company name: set it in Settings]</translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <source>Give the template a name.</source>
        <translation>Give the template a name.</translation>
    </message>
    <message>
        <source>There is already a template called “%1”. Choose another name.</source>
        <translation>There is already a template called “%1”. Choose another name.</translation>
    </message>
    <message>
        <source>This template no longer exists.</source>
        <translation>This template no longer exists.</translation>
    </message>
    <message>
        <source>Revision %1 of this template does not exist.</source>
        <translation>Revision %1 of this template does not exist.</translation>
    </message>
    <message>
        <source>The image %1 is empty.</source>
        <translation>The image %1 is empty.</translation>
    </message>
    <message>
        <source>The image %1 is %2 MB; an image may be at most %3 MB.</source>
        <translation>The image %1 is %2 MB; an image may be at most %3 MB.</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Make a copy of this template to change</source>
        <translation>Make a copy of this template to change</translation>
    </message>
    <message>
        <source>Delete this template</source>
        <translation>Delete this template</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>No templates yet</translation>
    </message>
    <message>
        <source>A template is the design of your newsletter: HTML with merge fields such as {{first_name}}. Start from one of these, or from a blank page.</source>
        <translation>A template is the design of your newsletter: HTML with merge fields such as {{first_name}}. Start from one of these, or from a blank page.</translation>
    </message>
    <message>
        <source>Blank template</source>
        <translation>Blank template</translation>
    </message>
    <message>
        <source>In Dutch</source>
        <translation>In Dutch</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>In English</translation>
    </message>
    <message>
        <source>An empty page with only the greeting, your address and the unsubscribe link</source>
        <translation>An empty page with only the greeting, your address and the unsubscribe link</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Hello</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Unsubscribe</translation>
    </message>
    <message>
        <source>Template not created</source>
        <translation>Template not created</translation>
    </message>
    <message>
        <source>%1
Changed %2</source>
        <translation>%1
Changed %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Template not copied</source>
        <translation>Template not copied</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Mailings already sent with it keep their copy.</source>
        <translation>Delete the template “%1”? Mailings already sent with it keep their copy.</translation>
    </message>
    <message>
        <source>Template not deleted</source>
        <translation>Template not deleted</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>Template “%1” deleted.</translation>
    </message>
</context>
<context>
    <name>TextSource</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>Line %1: a new card begins before the card of line %2 ended (END:VCARD is missing) in %3.</source>
        <translation>Line %1: a new card begins before the card of line %2 ended (END:VCARD is missing) in %3.</translation>
    </message>
    <message>
        <source>Line %1: the card is not closed (END:VCARD is missing) in %2.</source>
        <translation>Line %1: the card is not closed (END:VCARD is missing) in %2.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Could not write “%1”: %2</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>This contact no longer exists.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an evidence file can be at most %3 MB. Scan the form at a lower resolution or save it as PDF.</source>
        <translation>%1 is %2 MB; an evidence file can be at most %3 MB. Scan the form at a lower resolution or save it as PDF.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sendtrix cannot open the store</source>
        <translation>Sendtrix cannot open the store</translation>
    </message>
    <message>
        <source>Open another store…</source>
        <translation>Open another store…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Open a Sendtrix store</source>
        <translation>Open a Sendtrix store</translation>
    </message>
    <message>
        <source>Sendtrix stores (*.db);;All files (*)</source>
        <translation>Sendtrix stores (*.db);;All files (*)</translation>
    </message>
</context>
</TS>
