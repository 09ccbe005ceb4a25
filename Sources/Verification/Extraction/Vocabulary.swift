import Geodesy

/// The words claims are built from.
enum Vocabulary {
    /// Length units and how many metres each is.
    static let units: [String: Double] = [
        "km": 1000, "kms": 1000, "kilometer": 1000, "kilometers": 1000, "kilometre": 1000, "kilometres": 1000,
        "mi": 1609.344, "mile": 1609.344, "miles": 1609.344, "kilometrs": 1000,
    ]

    /// One-word hedges and bounds before a number: "about 160 km", "within 5 km", "over 100 km".
    static let hedges: Set<String> = ["about", "some", "nearly", "roughly", "around", "approximately", "almost", "over",
                                      "under", "approx", "circa", "within", "beyond", "barely", "just"]
    /// Two- and three-word hedges and bounds: "more than 100 km", "up to 10 km", "no more than 5 km".
    static let twoWordHedges: Set<[String]> = [["more", "than"], ["less", "than"], ["close", "to"], ["just", "over"],
                                               ["just", "under"], ["fewer", "than"], ["up", "to"], ["at", "least"],
                                               ["an", "estimated"], ["upwards", "of"]]
    static let threeWordHedges: Set<[String]> = [["no", "more", "than"], ["not", "more", "than"], ["no", "less", "than"]]

    /// Nouns for first-level regions only (not districts, counties or areas, which news names
    /// after their main town).
    static let firstLevelNouns: Set<String> = [
        "province", "governorate", "state", "region", "oblast", "prefecture", "department", "wilayah", "wilayat",
        "emirate", "canton", "voivodeship", "krai", "territory",
    ]

    /// Capitalized adjectives of faith, which describe a town and never name one: "a
    /// predominantly Muslim town", "the Christian village of …".
    static let faithAdjectives: Set<String> = [
        "muslim", "christian", "catholic", "protestant", "orthodox", "sunni", "shia", "shiite", "druze", "alawite",
        "buddhist", "hindu", "sikh", "jewish", "coptic", "yazidi",
    ]

    /// The endings of hyphenated modifiers: "Houthi-held", "Turkish-backed", "Shia-majority".
    static let modifierSuffixes: Set<String> = [
        "majority", "minority", "held", "controlled", "backed", "led", "run", "based", "allied", "aligned", "dominated",
        "populated", "occupied", "administered", "linked", "affiliated", "speaking", "style", "plagued", "ravaged",
        "hit", "torn", "stricken", "besieged", "friendly", "rich", "poor", "prone",
    ]

    /// Compass words that begin names of their own when capitalized: "North Kivu", "South Sudan".
    static let compassPrefixes: Set<String> = ["north", "south", "east", "west", "central"]

    /// Words that make a capital a region's rather than a country's: "the provincial capital".
    static let capitalQualifiers: Set<String> = ["provincial", "regional", "state", "district", "county", "departmental", "region",
                                                 "province", "oblast",
                                                 "governorate", "local", "summer", "winter", "administrative"]

    /// Nouns between a distance and "from": "a 250 km drive from", "a two-hour, 100 km journey from".
    static let journeyNouns: Set<String> = ["drive", "journey", "trip", "ride", "walk", "flight", "trek", "march", "road", "highway"]

    /// Words that may stand between a place and the distance that follows it:
    /// "Homs, located about 162 km north of …".
    static let subjectFillers: Set<String> = Set([
        ",", "located", "situated", "lies", "lie", "lying", "lay", "is", "was", "are", "were", "sits", "sitting",
        "stands", "which", "that", "some", "about", "just", "only", "roughly", "around", "nearly", "approximately",
        "almost", "town", "city", "village", "capital", "port", "camp", "of", "the", "a", "an", "itself", "(", "–", "—",
        "-", "based", "found", "lays", "be", "to", "approx", "set", "at", "mere", "small", "large", "border",
        "crossing", "also", "still", "remains", "right", "directly", "immediately", "further", "farther", "kurdish", "arab", "\"", "\u{201D}", "\u{2019}",
        "township", "county", "district", "province", "region", "state", "governorate",
        "\u{00BB}", ")", "all", "both",
    ]).union(facilityNouns).union(regionNouns)  // ("Sanjo in Niigata prefecture, about 200 km …")

    /// Facilities news names after their town: "Comayagua prison, 55 miles north of …".
    static let facilityNouns: Set<String> = [
        "prison", "airport", "dam", "refinery", "mine", "school", "hospital", "market", "stadium",
    ]

    /// Nouns for a kind of populated place: "the border town of X", "X, a city in …".
    static let settlementNouns: Set<String> = [
        "city", "town", "village", "port", "hamlet", "settlement", "municipality", "camp", "crossing", "outpost",
        "capital", "enclave", "district", "suburb", "area", "region", "province", "governorate", "state", "oasis",
        "harbour", "harbor", "resort", "community", "base", "garrison", "post", "checkpoint", "locality", "seaport",
    ]

    /// Nouns for part of a city: "the al-Waer neighbourhood of Homs".
    static let quarterNouns: Set<String> = [
        "neighbourhood", "neighborhood", "district", "quarter", "suburb", "area", "borough", "sector",
    ]

    /// Nouns for a first-level region: "in Idlib province".
    static let regionNouns: Set<String> = [
        "province", "governorate", "region", "state", "oblast", "prefecture", "department", "county", "wilayah",
        "district", "canton", "municipality", "regency", "subdistrict", "sub-district", "sub-county", "subcounty", "commune",
        "raion", "rayon", "tehsil", "upazila", "woreda", "ward",
    ]

    /// Adjectives of position: "northern" → north, "north-western" → northwest, "central".
    static func position(_ word: String) -> CompassDirection? {
        guard word.hasSuffix("ern") else { return nil }
        return CompassDirection(parsing: String(word.dropLast(3)))
    }

    /// A direction word: "north", "south-east", "northwest". Not "northern".
    static func direction(_ word: String) -> CompassDirection? {
        guard word.first.map({ "nsew".contains($0) }) == true, word.count >= 4 else { return nil }
        return CompassDirection(parsing: word)
    }

    /// Lowercase words that may sit inside a place name: "Ras al Ain", "Rio de Janeiro".
    /// Names of countries and regions with "and" inside, read as one name rather than a list:
    /// "Jammu and Kashmir", "Bosnia and Herzegovina" (Natural Earth and GeoNames spellings).
    static let namesWithAnd: Set<String> = [
        "jammu and kashmir", "bosnia and herzegovina", "trinidad and tobago", "antigua and barbuda", "saint kitts and nevis",
        "st kitts and nevis", "turks and caicos", "sao tome and principe", "são tomé and príncipe", "andaman and nicobar",
        "dadra and nagar haveli", "daman and diu", "sistan and baluchestan", "saint vincent and the grenadines",
        "kabardino and balkaria", "heard and mcdonald", "wallis and futuna", "saint pierre and miquelon",
    ]

    static let nameConnectors: Set<String> = [
        "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "ez", "es", "ul", "de", "del", "da", "di", "du", "do", "dos", "das",
        "la", "le", "les", "los", "bin", "ibn", "abu", "sur", "am", "upon", "y",
    ]

    /// Lowercase prefixes that make a hyphenated word part of a name: "al-Waer", "ar-Raqqa".
    static let articlePrefixes: Set<String> = [
        "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "ez", "es", "ul", "ech", "et",
    ]

    /// Capitalized words that begin sentences or name people and bodies, never places on their own.
    static let notPlaceNames: Set<String> = [
        "the", "a", "an", "in", "on", "at", "from", "to", "of", "and", "but", "or", "some", "about", "it", "its", "he",
        "she", "they", "we", "i", "you", "this", "that", "these", "those", "there", "here", "officials", "residents",
        "troops", "rebels", "police", "army", "government", "president", "minister", "ministry", "reuters", "afp",
        "ap", "un", "u", "n", "s", "nato", "gmt", "utc", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "after", "before", "since", "while", "when", "where", "as", "by",
        "for", "with", "near", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "central", "located", "nearly", "roughly", "around", "almost", "just", "only", "both", "all", "each",
        "many", "most", "more", "less", "according", "his", "her", "their", "our", "my", "one", "two", "three",
        "mr", "mrs", "ms", "dr", "gen", "general", "colonel", "brig", "lt", "col", "maj", "capt", "sgt", "gov", "sen", "prof", "observatory", "council", "committee", "capital", "province", "governorate", "border",
        "city", "town", "village", "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
        "if", "then", "than", "so", "yet", "no", "not", "meanwhile", "elsewhere", "however", "also", "further", "later",
        "earlier", "today", "yesterday", "tomorrow", "last", "next", "evacuees", "buses", "convoy", "convoys",
        "fighting", "shelling", "protests", "aid", "workers", "people", "families", "civilians", "forces",
        "authorities", "drivers", "flights", "trains", "journalists", "reporters", "witnesses", "unrest", "clashes",
        "violence", "attacks", "floods", "flooding", "gunmen", "militants", "soldiers", "villagers", "thousands", "hundreds",
        "centered", "centred", "situated", "based", "perched", "nestled", "landfall",
        // Nouns of events and things that open headlines and sentences ("Homes 500 km west of
        // Brisbane were cut off", "Mudslide west of Tokyo", "Local residents said").
        "homes", "houses", "buildings", "attack", "mudslide", "mudslides", "landslide", "landslides", "wildfire",
        "wildfires", "quake", "earthquake", "tremor", "tremors", "blast", "explosion", "bombing", "crash", "local", "locals",
        // Time zones ("6am AEDT") and messaging services ("said on Telegram").
        "aedt", "aest", "acst", "awst", "nzdt", "nzst", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest",
        "eet", "eest", "bst", "ist", "jst", "kst", "wib", "msk", "eat", "wat", "cat", "sast",
        "telegram", "facebook", "twitter", "instagram", "whatsapp", "youtube", "tiktok", "x.com",
    ]

    /// Nouns that make a name a body's, not a place's: "Logar Province's Natural Disaster
    /// Management Ministry", "Aleppo's Provincial Council".
    static let bodyNouns: Set<String> = [
        "ministry", "directorate", "authority", "agency", "service", "services", "council", "committee",
        "commission", "office", "bureau", "board", "management", "administration", "police", "court", "assembly",
        "university", "hospital", "company", "corporation", "party", "command", "brigade", "battalion",
    ]

    /// Capitalized words that open a sentence and never name a place there ("Among the dead
    /// …", "Rescuers in …"), though inside a name they may ("Doctors Without Borders", "Even
    /// Yehuda"): no place only as a sentence's first word.
    static let sentenceOpeners: Set<String> = [
        "among", "amongst", "amid", "although", "though", "because", "during", "despite", "under", "over", "between",
        "within", "without", "across", "along", "until", "upon", "into", "onto", "toward", "towards", "once", "even",
        "still", "instead", "what", "which", "who", "how", "several", "other", "another", "every", "such", "unlike",
        "including", "following", "beyond", "inside", "outside", "through", "throughout", "via", "against", "behind",
        "rescuers", "firefighters", "volunteers", "survivors", "victims", "locals", "experts", "analysts", "investigators",
        "doctors", "medics", "paramedics", "farmers", "students", "refugees", "migrants", "settlers", "protesters",
        "demonstrators", "lawmakers", "prosecutors", "nearby", "overall", "separately", "locally",
    ]

    /// Lower-case nouns before a name that make it a physical feature's: "river Jhelum".
    static let leadingFeatureNouns: Set<String> = ["river", "lake", "mount"]
    /// Lower-case nouns after a name that make it a physical feature's: "the Jhelum river", "the Mosul dam".
    static let trailingFeatureNouns: Set<String> = [
        "river", "lake", "dam", "reservoir", "valley", "mountains", "mountain", "desert", "canal", "sea", "gulf", "strait", "plain", "plateau",
    ]

    /// Words that name a country's border: "on the Turkish border", "the border with Turkey".
    static let borderWords: Set<String> = ["border", "frontier", "boundary"]
}
