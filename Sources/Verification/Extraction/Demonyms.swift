/// Country adjectives as reports use them ("the Turkish border", "the western Syrian city of"),
/// with the ISO 3166-1 code of the country each names. Country names themselves ("Turkey")
/// are looked up in the gazetteer's country table.
enum Demonyms {
    static let codes: [String: String] = [
        "afghan": "AF", "albanian": "AL", "algerian": "DZ", "angolan": "AO", "argentine": "AR", "argentinian": "AR",
        "armenian": "AM", "australian": "AU", "austrian": "AT", "azerbaijani": "AZ", "azeri": "AZ",
        "bahraini": "BH", "bangladeshi": "BD", "belarusian": "BY", "belgian": "BE", "bolivian": "BO",
        "bosnian": "BA", "brazilian": "BR", "british": "GB", "bulgarian": "BG", "burmese": "MM", "cambodian": "KH",
        "cameroonian": "CM", "canadian": "CA", "chadian": "TD", "chilean": "CL", "chinese": "CN",
        "colombian": "CO", "congolese": "CD", "croatian": "HR", "cuban": "CU", "cypriot": "CY", "czech": "CZ",
        "danish": "DK", "dutch": "NL", "ecuadorian": "EC", "egyptian": "EG", "emirati": "AE", "eritrean": "ER",
        "estonian": "EE", "ethiopian": "ET", "finnish": "FI", "french": "FR", "georgian": "GE", "german": "DE",
        "ghanaian": "GH", "greek": "GR", "guatemalan": "GT", "haitian": "HT", "honduran": "HN", "hungarian": "HU",
        "icelandic": "IS", "indian": "IN", "indonesian": "ID", "iranian": "IR", "iraqi": "IQ", "irish": "IE",
        "israeli": "IL", "italian": "IT", "ivorian": "CI", "jamaican": "JM", "japanese": "JP", "jordanian": "JO",
        "kazakh": "KZ", "kenyan": "KE", "korean": "KR", "kuwaiti": "KW", "kyrgyz": "KG", "lao": "LA",
        "laotian": "LA", "latvian": "LV", "lebanese": "LB", "libyan": "LY", "lithuanian": "LT",
        "macedonian": "MK", "malaysian": "MY", "malian": "ML", "mauritanian": "MR", "mexican": "MX",
        "moldovan": "MD", "mongolian": "MN", "montenegrin": "ME", "moroccan": "MA", "mozambican": "MZ",
        "nepalese": "NP", "nepali": "NP", "nicaraguan": "NI", "nigerian": "NG", "nigerien": "NE", "norwegian": "NO",
        "omani": "OM", "pakistani": "PK", "palestinian": "PS", "panamanian": "PA", "paraguayan": "PY",
        "peruvian": "PE", "philippine": "PH", "filipino": "PH", "polish": "PL", "portuguese": "PT", "qatari": "QA",
        "romanian": "RO", "russian": "RU", "rwandan": "RW", "saudi": "SA", "senegalese": "SN", "serbian": "RS",
        "slovak": "SK", "slovenian": "SI", "somali": "SO", "spanish": "ES", "sudanese": "SD",
        "swedish": "SE", "swiss": "CH", "syrian": "SY", "taiwanese": "TW", "tajik": "TJ", "tanzanian": "TZ",
        "thai": "TH", "tunisian": "TN", "turkish": "TR", "turkmen": "TM", "ugandan": "UG", "ukrainian": "UA",
        "american": "US", "uruguayan": "UY", "uzbek": "UZ", "venezuelan": "VE", "vietnamese": "VN",
        "yemeni": "YE", "zambian": "ZM", "zimbabwean": "ZW", "kosovar": "XK", "belizean": "BZ",
        "salvadoran": "SV", "dominican": "DO", "gabonese": "GA", "guinean": "GN",
        "liberian": "LR", "malawian": "MW", "namibian": "NA", "lankan": "LK", "beninese": "BJ", "togolese": "TG",
        "burkinabe": "BF", "burundian": "BI", "djiboutian": "DJ", "gambian": "GM", "malagasy": "MG", "mauritian": "MU",
        "bhutanese": "BT", "maldivian": "MV", "singaporean": "SG", "bruneian": "BN", "fijian": "FJ", "kazakhstani": "KZ",
        "uzbekistani": "UZ", "kyrgyzstani": "KG", "tajikistani": "TJ", "leonean": "SL", "bahamian": "BS",
        "trinidadian": "TT", "guyanese": "GY", "surinamese": "SR", "maltese": "MT", "kosovan": "XK",
    ]

    /// The ISO code a country adjective names: "Turkish" → "TR". Hyphenated pairs
    /// ("Syrian-Turkish") give both, in order.
    static func codes(in word: String) -> [String] {
        let parts = word.lowercased().split(separator: "-")
        // "Spanish-language", "French-speaking": a language, said of people or media anywhere.
        if let last = parts.last, parts.count > 1, languageWords.contains(String(last)) { return [] }
        return parts.compactMap { codes[String($0)] }
    }

    /// Endings that make a country adjective a language's: "Spanish-language news agency".
    static let languageWords: Set<String> = ["language", "speaking", "speakers", "medium", "dubbed"]
}
