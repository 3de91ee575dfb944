package dev.attache.data.generate;

import dev.attache.internal.Cyrillic;
import dev.attache.common.Names;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The word pools names are made from: persons per country in their own spellings (Russian in
 * Cyrillic with its romanizations, Turkmen in Turkmen Latin with its Russian and English forms),
 * cities, and templates for organizations. Fixed lists: changing one changes the output, and so
 * {@link DatasetGenerator#VERSION}.
 */
final class Pools {
  private Pools() {}

  /** Countries that send attachés; never hosts, so a service is never posted at home. */
  static final List<String> SENDING = List.of("RU", "TM", "KZ", "UZ", "BY", "AZ");

  /** Countries that host attachés. */
  static final List<String> HOSTS = List.of("CN", "MY", "AE", "AR", "ID", "CU", "AM", "VN", "MA",
      "EG", "IN", "IR", "PK", "TR", "ZA", "TH", "BR", "MN", "RS", "VE", "NI", "LA", "KG", "TJ",
      "ET", "NG", "DZ", "SA", "QA", "OM");

  /** The country of an entity about one country: as often a sending as a host one. */
  static String sendingOrHost(SplittableRandom random) {
    return random.nextBoolean() ? pick(random, SENDING) : pick(random, HOSTS);
  }

  /** Countries of organizations and persons: Russia and Turkmenistan most of all. */
  static String country(SplittableRandom random) {
    int roll = random.nextInt(100);
    if (roll < 30) {
      return "RU";
    }
    if (roll < 55) {
      return "TM";
    }
    if (roll < 70) {
      return SENDING.get(2 + random.nextInt(SENDING.size() - 2));
    }
    return HOSTS.get(random.nextInt(HOSTS.size()));
  }

  static <T> T pick(SplittableRandom random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  // ---------------------------------------------------------------- persons

  /** A Russian name part: Cyrillic, usual romanization, another romanization. */
  private record Ru(String cyrillic, String latin, String alternative) {}

  private static final List<Ru> RU_MALE = List.of(new Ru("Дмитрий", "Dmitry", "Dmitriy"),
      new Ru("Алексей", "Alexei", "Aleksey"), new Ru("Сергей", "Sergei", "Sergey"),
      new Ru("Андрей", "Andrei", "Andrey"), new Ru("Михаил", "Mikhail", "Mihail"),
      new Ru("Николай", "Nikolai", "Nikolay"), new Ru("Павел", "Pavel", "Pavel"),
      new Ru("Максут", "Maksut", "Maksud"), new Ru("Вадим", "Vadim", "Vadim"),
      new Ru("Юрий", "Yuri", "Yuriy"));
  private static final List<Ru> RU_FEMALE = List.of(new Ru("Елена", "Elena", "Yelena"),
      new Ru("Ольга", "Olga", "Olga"), new Ru("Наталья", "Natalya", "Natalia"),
      new Ru("Татьяна", "Tatiana", "Tatyana"), new Ru("Ирина", "Irina", "Irina"),
      new Ru("Юлия", "Yulia", "Yuliya"));
  private static final List<Ru> RU_SURNAMES = List.of(new Ru("Иванов", "Ivanov", "Ivanov"),
      new Ru("Смирнов", "Smirnov", "Smirnov"), new Ru("Кузнецов", "Kuznetsov", "Kuznecov"),
      new Ru("Соколов", "Sokolov", "Sokolov"), new Ru("Лебедев", "Lebedev", "Lebedev"),
      new Ru("Шадаев", "Shadayev", "Shadaev"), new Ru("Фёдоров", "Fyodorov", "Fedorov"),
      new Ru("Журавлёв", "Zhuravlyov", "Zhuravlev"), new Ru("Соловьёв", "Solovyov", "Soloviev"),
      new Ru("Щербаков", "Shcherbakov", "Scherbakov"));

  /** A Turkmen name part: Turkmen Latin, Russian Cyrillic, English. */
  private record Tk(String turkmen, String cyrillic, String english) {}

  private static final List<Tk> TM_MALE = List.of(new Tk("Hajymyrat", "Хаджимырат", "Hajymyrat"),
      new Tk("Mämmethan", "Мамметхан", "Mammetkhan"), new Tk("Annanur", "Аннанур", "Annanur"),
      new Tk("Batyr", "Батыр", "Batyr"), new Tk("Döwlet", "Довлет", "Dovlet"),
      new Tk("Serdar", "Сердар", "Serdar"), new Tk("Ýagşygeldi", "Ягшигельды", "Yagshygeldi"),
      new Tk("Merdan", "Мердан", "Merdan"));
  private static final List<Tk> TM_FEMALE = List.of(new Tk("Jeren", "Джерен", "Jeren"),
      new Tk("Aýna", "Айна", "Ayna"), new Tk("Maýsa", "Майса", "Maysa"),
      new Tk("Ogulgerek", "Огулгерек", "Ogulgerek"), new Tk("Bägül", "Бягуль", "Bagul"));
  private static final List<Tk> TM_SURNAMES = List.of(
      new Tk("Hudaýguliýew", "Худайгулыев", "Hudayguliyev"), new Tk("Çakyýew", "Чакыев", "Chakiyev"),
      new Tk("Myradow", "Мурадов", "Muradov"), new Tk("Orazow", "Оразов", "Orazov"),
      new Tk("Berdiýew", "Бердыев", "Berdiyev"), new Tk("Rejepow", "Реджепов", "Rejepov"),
      new Tk("Gurbanow", "Гурбанов", "Gurbanov"), new Tk("Ataýew", "Атаев", "Atayev"));

  private static final Map<String, List<String>> OTHER_PERSONS = Map.of(
      "CN", List.of("Li Wei", "Wang Fang", "Zhang Min", "Liu Yang", "Chen Jing"),
      "KZ", List.of("Nurlan Abenov", "Aigerim Sultanova", "Yerlan Dzhaksybekov"),
      "UZ", List.of("Sherzod Karimov", "Dilnoza Rakhimova", "Otabek Yusupov"),
      "MY", List.of("Ahmad Ibrahim", "Nur Aisyah", "Mohd Faizal"),
      "AE", List.of("Ahmed Al Mansoori", "Fatima Al Hashimi", "Khalid Al Nuaimi"),
      "AR", List.of("Juan Pérez", "María González", "Lucía Fernández"),
      "IN", List.of("Rahul Sharma", "Priya Patel", "Anil Kumar"),
      "TR", List.of("Mehmet Yılmaz", "Ayşe Kaya", "Emre Demir"));
  private static final List<String> ANY_PERSON = List.of("Alex Morgan", "Sam Taylor",
      "Jordan Lee", "Chris Novak", "Dana Petrova");

  /** A plausible person's names for a country, in the configured languages, with aliases. */
  static Names person(SplittableRandom random, String country, Set<String> languages) {
    boolean female = random.nextInt(3) == 0;
    // a woman's surname takes an -a, in either script (the first "a" is Latin, the second Cyrillic)
    String latinA = female ? "a" : "";
    String cyrillicA = female ? "а" : "";
    if (country.equals("RU")) {
      Ru first = pick(random, female ? RU_FEMALE : RU_MALE);
      Ru last = pick(random, RU_SURNAMES);
      String ru = first.cyrillic() + " " + last.cyrillic() + cyrillicA;
      return names(languages, first.latin() + " " + last.latin() + latinA, ru, null,
          first.alternative() + " " + last.alternative() + latinA, Cyrillic.toLatin(ru));
    }
    if (country.equals("TM")) {
      Tk first = pick(random, female ? TM_FEMALE : TM_MALE);
      Tk last = pick(random, TM_SURNAMES);
      String ru = first.cyrillic() + " " + last.cyrillic() + cyrillicA;
      return names(languages, first.english() + " " + last.english() + latinA, ru,
          first.turkmen() + " " + last.turkmen() + latinA, Cyrillic.toLatin(ru));
    }
    String name = pick(random, OTHER_PERSONS.getOrDefault(country, ANY_PERSON));
    return names(languages, name, null, null);
  }

  /**
   * Names in the configured languages (English when none of them has a name), every other given
   * spelling kept as an alias.
   */
  static Names names(Set<String> languages, String en, String ru, String tk, String... aliases) {
    Names.Builder names = Names.builder();
    java.util.List<String> others = new java.util.ArrayList<>();
    boolean any = false;
    for (String[] pair : new String[][] {{"en", en}, {"ru", ru}, {"tk", tk}}) {
      if (pair[1] == null) {
        continue;
      }
      if (languages.contains(pair[0])) {
        names.put(pair[0], pair[1]);
        any = true;
      } else {
        others.add(pair[1]);
      }
    }
    if (!any) {
      names.put("en", en);
      others.remove(en);
    }
    names.addAllAliases(others);
    for (String alias : aliases) {
      if (alias != null) {
        names.addAlias(alias);
      }
    }
    return names.build();
  }

  // ---------------------------------------------------------------- places

  /** Cities, in English: organizations are named after them. */
  private static final Map<String, List<String>> CITIES = Map.of(
      "RU", List.of("Moscow", "Kazan", "Innopolis", "Tomsk", "Novosibirsk"),
      "TM", List.of("Ashgabat", "Mary", "Turkmenabat", "Dashoguz"));

  /** A city of a country, in English: one of its cities, else its capital. */
  static String city(SplittableRandom random, String country) {
    List<String> cities = CITIES.get(country);
    if (cities != null) {
      return pick(random, cities);
    }
    return CAPITALS.getOrDefault(country, "the capital");
  }

  private static final Map<String, String> CAPITALS = Map.ofEntries(
      Map.entry("KZ", "Astana"), Map.entry("UZ", "Tashkent"), Map.entry("BY", "Minsk"),
      Map.entry("AZ", "Baku"), Map.entry("CN", "Beijing"), Map.entry("MY", "Kuala Lumpur"),
      Map.entry("AE", "Abu Dhabi"), Map.entry("AR", "Buenos Aires"), Map.entry("ID", "Jakarta"),
      Map.entry("CU", "Havana"), Map.entry("AM", "Yerevan"), Map.entry("VN", "Hanoi"),
      Map.entry("MA", "Rabat"), Map.entry("EG", "Cairo"), Map.entry("IN", "New Delhi"),
      Map.entry("IR", "Tehran"), Map.entry("PK", "Islamabad"), Map.entry("TR", "Ankara"),
      Map.entry("ZA", "Pretoria"), Map.entry("TH", "Bangkok"), Map.entry("BR", "Brasília"),
      Map.entry("MN", "Ulaanbaatar"), Map.entry("RS", "Belgrade"), Map.entry("VE", "Caracas"),
      Map.entry("NI", "Managua"), Map.entry("LA", "Vientiane"), Map.entry("KG", "Bishkek"),
      Map.entry("TJ", "Dushanbe"), Map.entry("ET", "Addis Ababa"), Map.entry("NG", "Abuja"),
      Map.entry("DZ", "Algiers"), Map.entry("SA", "Riyadh"), Map.entry("QA", "Doha"),
      Map.entry("OM", "Muscat"));

  /**
   * The country's English name, from a fixed table rather than the JDK, whose names change
   * between versions ("Turkey", "Türkiye") and would change the output with them.
   */
  static String countryName(String code) {
    String name = COUNTRY_NAMES.get(code);
    if (name == null) {
      throw new IllegalArgumentException("no fixed name for " + code);
    }
    return name;
  }

  private static final Map<String, String> COUNTRY_NAMES = Map.ofEntries(
      Map.entry("RU", "Russia"), Map.entry("TM", "Turkmenistan"), Map.entry("KZ", "Kazakhstan"),
      Map.entry("UZ", "Uzbekistan"), Map.entry("BY", "Belarus"), Map.entry("AZ", "Azerbaijan"),
      Map.entry("CN", "China"), Map.entry("MY", "Malaysia"),
      Map.entry("AE", "United Arab Emirates"), Map.entry("AR", "Argentina"),
      Map.entry("ID", "Indonesia"), Map.entry("CU", "Cuba"), Map.entry("AM", "Armenia"),
      Map.entry("VN", "Vietnam"), Map.entry("MA", "Morocco"), Map.entry("EG", "Egypt"),
      Map.entry("IN", "India"), Map.entry("IR", "Iran"), Map.entry("PK", "Pakistan"),
      Map.entry("TR", "Turkey"), Map.entry("ZA", "South Africa"), Map.entry("TH", "Thailand"),
      Map.entry("BR", "Brazil"), Map.entry("MN", "Mongolia"), Map.entry("RS", "Serbia"),
      Map.entry("VE", "Venezuela"), Map.entry("NI", "Nicaragua"), Map.entry("LA", "Laos"),
      Map.entry("KG", "Kyrgyzstan"), Map.entry("TJ", "Tajikistan"), Map.entry("ET", "Ethiopia"),
      Map.entry("NG", "Nigeria"), Map.entry("DZ", "Algeria"), Map.entry("SA", "Saudi Arabia"),
      Map.entry("QA", "Qatar"), Map.entry("OM", "Oman"));

  /** The country in the Russian genitive, for the two countries whose bodies get Russian names. */
  static String russianGenitive(String code) {
    return code.equals("RU") ? "Российской Федерации" : code.equals("TM") ? "Туркменистана" : null;
  }

  // ---------------------------------------------------------------- organizations

  /** A field of government: English, Russian genitive, Turkmen. */
  record Field(String en, String ru, String tk) {}

  static final List<Field> MINISTRIES = List.of(
      new Field("Communications", "связи", "Aragatnaşyk"),
      new Field("Digital Development", "цифрового развития", "Sanly ösüş"),
      new Field("Industry and Trade", "промышленности и торговли", "Senagat we söwda"),
      new Field("Foreign Affairs", "иностранных дел", "Daşary işler"),
      new Field("Education", "образования", "Bilim"),
      new Field("Finance", "финансов", "Maliýe"),
      new Field("Justice", "юстиции", "Adalat"),
      new Field("Economy", "экономики", "Ykdysadyýet"));

  static final List<Field> AGENCIES = List.of(
      new Field("Communications Agency", "Агентство связи", "Aragatnaşyk agentligi"),
      new Field("Statistics Committee", "Комитет по статистике", "Statistika komiteti"),
      new Field("Customs Service", "Таможенная служба", "Gümrük gullugy"),
      new Field("Cybersecurity Service", "Служба кибербезопасности", "Kiberhowpsuzlyk gullugy"));

  static final List<String> COMPANY_STARTS = List.of("Info", "Digi", "Tech", "Soft", "Net",
      "Cyber", "Data", "Cloud", "Smart", "Tele");
  static final List<String> COMPANY_ENDS = List.of("sys", "tel", "logic", "com", "ware", "nova",
      "link", "core", "point", "forge");
  static final List<String> COMPANY_KINDS = List.of("Technologies", "Systems", "Solutions",
      "Labs", "Group");

  /** International organizations: name and abbreviation. */
  static final List<String[]> INTERNATIONAL = List.of(
      new String[] {"United Nations Development Programme", "UNDP"},
      new String[] {"International Telecommunication Union", "ITU"},
      new String[] {"United Nations Industrial Development Organization", "UNIDO"},
      new String[] {"Asian Development Bank", "ADB"},
      new String[] {"United Nations Educational, Scientific and Cultural Organization", "UNESCO"});

  static final List<String> TOPICS = List.of("Java", "Python", "Linux", "Cisco CCNA",
      "Cisco CCNP", "Cybersecurity", "Data analysis", "Cloud computing", "Project management",
      "Machine learning");

  static final List<String> CERTIFICATIONS = List.of("Cisco CCNA", "Cisco CCNP",
      "CompTIA Security+", "Linux Professional Institute LPIC-1", "Oracle Java SE");

  static final List<String> OUTLETS = List.of("nCa", "Trend", "TASS", "Interfax", "RIA Novosti",
      "Neutral Turkmenistan", "Kazinform", "Turkmenistan Today");
}
