#include "DutchContacts.h"

#include <QStringList>
#include <random>

namespace {

const QStringList kFirst = {
    "Jan",      "Piet",    "Kees",    "Anna",    "Sanne",  "Femke",  "Daan",  "Lotte",  "Bram",
    "Sophie",   "Lucas",   "Emma",    "Thijs",   "Julia",  "Ruben",  "Noor",  "Sem",    "Tess",
    "Jesse",    "Eva",     "Willem",  "Marieke", "Henk",   "Ingrid", "Joost", "Esther", "Gert-Jan",
    "Annemiek", "Maarten", "Chantal", "Mohamed", "Fatima", "Sven",   "Ilse",  "Niels",  "Renée",
    "Jeroen",   "Marloes", "Bas",     "Linda",   "Dirk",   "Mirjam", "Stijn", "Floor",  "Wouter",
    "Iris",     "Hendrik", "Yara",    "Koen",    "Lieke",  "Ahmet",  "Zoë"};
const QStringList kLast = {
    "de Jong",        "Jansen",       "de Vries",      "van den Berg", "van Dijk",
    "Bakker",         "Janssen",      "Visser",        "Smit",         "Meijer",
    "de Boer",        "Mulder",       "de Groot",      "Bos",          "Vos",
    "Peters",         "Hendriks",     "van Leeuwen",   "Dekker",       "Brouwer",
    "de Wit",         "Dijkstra",     "Smits",         "de Graaf",     "van der Meer",
    "van der Linden", "Kok",          "Jacobs",        "de Haan",      "Vermeulen",
    "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn",    "van der Heijden",
    "Schouten",       "van Beek",     "Willems",       "van Vliet",    "Hoekstra",
    "Maas",           "Verhoeven",    "Koster",        "van Dam",      "Prins",
    "Blom",           "Huisman",      "Kuipers",       "Postma",       "Scholten",
    "Yılmaz",         "El Amrani",    "Ramdin",        "Nguyen",       "Öztürk",
    "Bouzid"};
const QStringList kCities = {"Amsterdam",
                             "Rotterdam",
                             "Den Haag",
                             "Utrecht",
                             "Eindhoven",
                             "Groningen",
                             "Tilburg",
                             "Almere",
                             "Breda",
                             "Nijmegen",
                             "Apeldoorn",
                             "Haarlem",
                             "Arnhem",
                             "Enschede",
                             "Amersfoort",
                             "Zaandam",
                             "'s-Hertogenbosch",
                             "Zwolle",
                             "Leiden",
                             "Maastricht",
                             "Dordrecht",
                             "Ede",
                             "Leeuwarden",
                             "Alkmaar",
                             "Delft",
                             "Deventer",
                             "Venlo",
                             "Helmond",
                             "Gouda",
                             "Hilversum",
                             "Assen",
                             "Middelburg"};
const QStringList kTrades = {"Bakkerij",           "Fietsenwinkel", "Bloemisterij",
                             "Installatiebedrijf", "Kapsalon",      "Slagerij",
                             "Boekhandel",         "Adviesbureau",  "Schildersbedrijf",
                             "Reisbureau",         "Kaashandel",    "Tandartspraktijk"};
const QStringList kDomains = {"gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com",
                              "xs4all.nl", "planet.nl",   "live.nl",  "icloud.com", "home.nl"};

QString asciiLocal(QString s)
{
    s = s.normalized(QString::NormalizationForm_KD);
    QString out;
    for (QChar c : s) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
    }
    return out;
}

} // namespace

namespace DutchContacts {

Contact make(qint64 index)
{
    std::mt19937 rng(quint32(index * 2654435761u + 12345));
    auto pick = [&](const QStringList& list) { return list.at(int(rng() % quint32(list.size()))); };
    Contact c;
    c.firstName = pick(kFirst);
    c.lastName = pick(kLast);
    c.city = pick(kCities);
    const bool business = rng() % 10 < 4;
    if (business)
        c.company =
            QStringLiteral("%1 %2").arg(pick(kTrades), c.lastName.section(QLatin1Char(' '), -1));
    const QString domain =
        business ? asciiLocal(c.company) + QStringLiteral(".nl") : pick(kDomains);
    c.email = QStringLiteral("%1.%2%3@%4")
                  .arg(asciiLocal(c.firstName), asciiLocal(c.lastName))
                  .arg(index)
                  .arg(domain);
    c.postalCode = QStringLiteral("%1 %2%3")
                       .arg(1000 + rng() % 9000)
                       .arg(QChar(char16_t(u'A' + rng() % 26)))
                       .arg(QChar(char16_t(u'A' + rng() % 26)));
    c.street = QStringLiteral("Dorpsstraat %1").arg(1 + rng() % 200);
    c.country = QStringLiteral("Nederland");
    c.phone = QStringLiteral("06-%1").arg(10000000 + rng() % 89999999);
    return c;
}

} // namespace DutchContacts
