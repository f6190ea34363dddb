/**
 * The product catalogue the seed draws from: a two-level category tree whose
 * leaves list product nouns with price and weight ranges and their variants.
 * Product names read "<noun> <material> <variant>", e.g. "Espressokocher
 * Aluminium 6 Tassen". Scales take a prefix of the tops and of each one's
 * children, so keep the best-known ones first.
 */

export interface ProductNoun {
  noun: string;
  minEuro: number;
  maxEuro: number;
  minGrams: number;
  maxGrams: number;
  variants: readonly string[];
}

export interface LeafCategory {
  name: string;
  /** Three letters in the SKU: KT-<code>-12345. */
  code: string;
  materials: readonly string[];
  nouns: readonly ProductNoun[];
}

export interface TopCategory {
  name: string;
  children: readonly LeafCategory[];
}

/** "noun|minEuro|maxEuro|minGrams|maxGrams|variant;variant;…" (variants may hold decimal commas) */
function nouns(...specs: string[]): ProductNoun[] {
  return specs.map((spec) => {
    const [noun = '', minEuro, maxEuro, minGrams, maxGrams, variants = ''] = spec.split('|');
    return {
      noun,
      minEuro: Number(minEuro),
      maxEuro: Number(maxEuro),
      minGrams: Number(minGrams),
      maxGrams: Number(maxGrams),
      variants: variants.split(';'),
    };
  });
}

function leaf(name: string, code: string, materials: string, ...nounSpecs: string[]): LeafCategory {
  return { name, code, materials: materials.split(','), nouns: nouns(...nounSpecs) };
}

// prettier-ignore
export const COLOURS = [
  'Schwarz', 'Weiß', 'Grau', 'Anthrazit', 'Salbei', 'Terrakotta', 'Natur', 'Blau', 'Senf', 'Rosé',
] as const;

// prettier-ignore
export const CATALOG: readonly TopCategory[] = [
  {
    name: 'Küche',
    children: [
      leaf('Kaffee & Espresso', 'KAF', 'Aluminium,Edelstahl,Glas,Keramik,Emaille',
        'Espressokocher|19|69|400|1200|3 Tassen;6 Tassen;9 Tassen',
        'French Press|15|49|350|900|0,35 l;0,8 l;1 l',
        'Milchaufschäumer|12|89|200|1400|manuell;elektrisch;Induktion',
        'Kaffeemühle|19|129|300|2400|Kegelmahlwerk;Handmühle;elektrisch',
        'Kaffeedose|9|29|150|500|250 g;500 g;1 kg'),
      leaf('Kochgeschirr', 'KOC', 'Gusseisen,Edelstahl,Aluminium,Keramik,Kupfer',
        'Bratpfanne|24|119|900|2800|20 cm;24 cm;28 cm;32 cm',
        'Kochtopf|29|139|1100|3500|16 cm;20 cm;24 cm',
        'Wok|29|99|1200|2600|30 cm;36 cm',
        'Bräter|49|229|2500|6500|3,5 l;5 l;6,7 l',
        'Stielkasserolle|19|69|600|1400|14 cm;16 cm;18 cm'),
      leaf('Messer & Schneiden', 'MES', 'Damaststahl,Edelstahl,Keramik,Olivenholz,Bambus',
        'Kochmesser|29|189|150|350|16 cm;20 cm;23 cm',
        'Santokumesser|35|179|140|300|14 cm;17 cm;18 cm',
        'Schneidebrett|15|79|600|2500|30 × 20 cm;40 × 30 cm;50 × 35 cm',
        'Messerblock|39|149|900|2200|5-teilig;7-teilig;leer',
        'Wetzstahl|15|59|150|400|20 cm;26 cm'),
      leaf('Backen', 'BAK', 'Silikon,Edelstahl,Weißblech,Glas,Keramik',
        'Springform|12|39|400|900|20 cm;24 cm;26 cm;28 cm',
        'Backblech|9|29|500|1200|Standard;XL;gelocht',
        'Teigschaber|4|12|50|120|Mini;Standard;3er-Set',
        'Kuchengitter|9|24|300|700|rund;eckig;ausziehbar',
        'Muffinform|9|29|300|800|6er;12er;24er'),
    ],
  },
  {
    name: 'Wohnen',
    children: [
      leaf('Beleuchtung', 'LIC', 'Messing,Leinen,Beton,Eiche,Opalglas,Rattan',
        'Tischleuchte|29|179|700|3500|E27;LED;dimmbar',
        'Stehleuchte|79|349|3000|9000|150 cm;165 cm;180 cm',
        'Wandleuchte|29|149|500|1800|schwenkbar;LED;Plug-in',
        'Lichterkette|12|49|150|600|20 LEDs;50 LEDs;100 LEDs',
        'Pendelleuchte|49|249|800|4500|Ø 30 cm;Ø 40 cm;Ø 50 cm'),
      leaf('Textilien', 'TEX', 'Baumwolle,Leinen,Wolle,Samt,Bouclé',
        'Kissenhülle|12|39|150|400|40 × 40 cm;50 × 50 cm;30 × 50 cm',
        'Wohndecke|29|129|800|2200|130 × 170 cm;150 × 200 cm',
        'Teppich|49|399|1500|12000|120 × 170 cm;160 × 230 cm;200 × 290 cm',
        'Vorhang|24|89|600|1800|140 × 245 cm;140 × 260 cm',
        'Tischläufer|14|39|200|500|40 × 150 cm;40 × 200 cm'),
      leaf('Dekoration', 'DEK', 'Keramik,Glas,Messing,Steingut,Holz',
        'Vase|14|79|300|2500|klein;mittel;groß',
        'Bilderrahmen|9|49|200|1500|13 × 18 cm;30 × 40 cm;50 × 70 cm',
        'Kerzenhalter|9|39|150|900|2er-Set;3er-Set;einzeln',
        'Wanduhr|29|99|500|1800|Ø 30 cm;Ø 40 cm',
        'Windlicht|12|45|300|1500|klein;groß;2er-Set'),
      leaf('Aufbewahrung', 'AUF', 'Seegras,Filz,Metall,Bambus,Kiefer',
        'Aufbewahrungskorb|14|49|300|1200|S;M;L;3er-Set',
        'Regalbox|9|29|300|900|klein;mittel;groß',
        'Garderobe|39|149|2000|8000|3 Haken;5 Haken;mit Bank',
        'Schuhregal|29|119|2000|9000|2 Ebenen;3 Ebenen;4 Ebenen'),
    ],
  },
  {
    name: 'Garten',
    children: [
      leaf('Gartenwerkzeug', 'GWZ', 'Edelstahl,Eschenholz,Carbonstahl,Kunststoff',
        'Gartenschere|15|69|200|450|Bypass;Amboss;Teleskop',
        'Spaten|29|79|1800|2600|spitz;gerade;Kinder',
        'Laubrechen|15|45|600|1300|verstellbar;breit;schmal',
        'Handschaufel|8|25|150|400|schmal;breit;3er-Set',
        'Heckenschere|29|89|900|1800|Wellenschliff;teleskopierbar'),
      leaf('Bewässerung', 'BEW', 'Zink,Kunststoff,Messing,Kupfer',
        'Gießkanne|14|59|400|1800|5 l;10 l;2 l Indoor',
        'Gartenschlauch|24|89|1500|6000|15 m;25 m;50 m',
        'Rasensprenger|15|59|400|1500|Viereck;Kreis;Impuls',
        'Schlauchwagen|39|129|3000|9000|30 m;50 m;60 m',
        'Regentonne|39|149|4000|12000|210 l;300 l;500 l'),
      leaf('Pflanzgefäße', 'PFL', 'Terrakotta,Fiberglas,Zink,Cortenstahl,Holz',
        'Pflanzkübel|19|149|800|9000|Ø 30 cm;Ø 40 cm;Ø 60 cm',
        'Blumentopf|5|29|200|1500|Ø 12 cm;Ø 17 cm;Ø 21 cm',
        'Hochbeet|79|299|12000|35000|100 × 50 cm;150 × 70 cm;200 × 80 cm',
        'Balkonkasten|12|49|800|3500|60 cm;80 cm;100 cm'),
      leaf('Grillen', 'GRI', 'Edelstahl,Gusseisen,Emaille,Bambus',
        'Holzkohlegrill|59|299|6000|25000|Ø 47 cm;Ø 57 cm;Kugelgrill',
        'Grillzange|9|29|150|400|35 cm;45 cm',
        'Grillrost|19|89|1500|5000|Ø 44 cm;Ø 54 cm;eckig',
        'Anzündkamin|15|39|1000|1800|Standard;XL',
        'Grillbesteck|19|69|600|2000|3-teilig;5-teilig'),
    ],
  },
  {
    name: 'Outdoor & Sport',
    children: [
      leaf('Camping', 'CAM', 'Polyester,Ripstop-Nylon,Aluminium,Baumwolle',
        'Zelt|79|399|1500|6000|2 Personen;3 Personen;4 Personen',
        'Schlafsack|39|219|800|2200|Sommer;3-Jahreszeiten;Winter',
        'Isomatte|24|129|400|1500|selbstaufblasend;Schaum;aufblasbar',
        'Campingkocher|29|119|300|1800|Gas;Spiritus;Multifuel',
        'Campingstuhl|29|89|1500|4000|faltbar;Hochlehner;Hocker'),
      leaf('Fahrrad', 'FAH', 'Aluminium,Stahl,Kunststoff,Carbon',
        'Fahrradschloss|19|99|600|2200|Bügelschloss;Faltschloss;Kettenschloss',
        'Fahrradlampe|19|89|80|300|StVZO;USB;Set',
        'Luftpumpe|15|59|150|1500|Standpumpe;Minipumpe;CO2',
        'Satteltasche|29|119|600|1600|15 l;20 l;25 l',
        'Fahrradhelm|39|149|250|450|S;M;L'),
      leaf('Fitness', 'FIT', 'TPE,Naturkautschuk,Neopren,Stahl,Kork',
        'Yogamatte|19|89|800|2500|4 mm;6 mm;8 mm',
        'Kurzhantel|15|79|1000|10000|2 kg;5 kg;8 kg;10 kg',
        'Springseil|9|29|150|400|verstellbar;mit Zähler;Speed',
        'Widerstandsband|9|29|100|400|leicht;mittel;stark;5er-Set',
        'Faszienrolle|12|39|300|900|glatt;strukturiert;Duo'),
      leaf('Wandern', 'WAN', 'Polyester,Merino,Edelstahl,Aluminium,Carbon',
        'Rucksack|49|189|800|2000|20 l;30 l;45 l',
        'Trinkflasche|12|39|150|450|0,5 l;0,75 l;1 l',
        'Wanderstöcke|29|129|400|700|Teleskop;faltbar',
        'Stirnlampe|19|69|60|200|200 lm;350 lm;600 lm',
        'Wandersocken|12|24|80|150|35–38;39–42;43–46'),
    ],
  },
  {
    name: 'Büro',
    children: [
      leaf('Schreibwaren', 'SCH', 'Recyclingpapier,Messing,Leder,Bambus',
        'Notizbuch|8|29|200|500|A5 liniert;A5 dotted;A6 blanko',
        'Füller|19|119|30|90|F;M;EF',
        'Kugelschreiber|4|39|15|60|schwarz;blau;4-Farben',
        'Textmarker|4|12|30|120|4er-Set;6er-Set;Pastell'),
      leaf('Organisation', 'ORG', 'Bambus,Metall,Filz,Karton,Acryl',
        'Ablagefach|9|39|400|1500|A4;A4 stapelbar;3 Fächer',
        'Stiftehalter|7|24|100|500|rund;eckig;mit Fächern',
        'Aktenordner|4|12|400|700|5 cm;8 cm',
        'Schreibtischunterlage|19|59|300|900|60 × 40 cm;80 × 40 cm'),
      leaf('Technik-Zubehör', 'TEC', 'Aluminium,Nylon,Silikon,Kunststoff',
        'USB-C-Kabel|9|29|30|120|1 m;2 m;3 m',
        'Ladegerät|19|59|60|300|20 W;45 W;65 W',
        'Laptopständer|29|79|600|1500|höhenverstellbar;faltbar',
        'Mauspad|9|29|100|500|XL;Standard;mit Handballenauflage'),
      leaf('Papier & Kalender', 'PAP', 'Recyclingpapier,Leinen,Karton',
        'Kalender|9|29|200|700|Wand;Tisch;Taschen',
        'Wochenplaner|9|24|200|500|A4;A5;Block',
        'Briefpapier|7|19|200|600|25 Blatt;50 Blatt'),
    ],
  },
  {
    name: 'Bad',
    children: [
      leaf('Handtücher', 'HAN', 'Frottee,Waffelpiqué,Leinen,Bio-Baumwolle',
        'Handtuch|9|29|250|500|50 × 100 cm;30 × 50 cm',
        'Duschtuch|19|49|500|900|70 × 140 cm;80 × 160 cm',
        'Badematte|14|39|400|1200|50 × 80 cm;60 × 100 cm',
        'Gästetuch|5|14|80|150|30 × 50 cm;2er-Set'),
      leaf('Badaccessoires', 'BAD', 'Keramik,Bambus,Edelstahl,Glas,Marmor',
        'Seifenspender|12|39|300|800|300 ml;500 ml',
        'Zahnputzbecher|7|24|150|400|einzeln;2er-Set',
        'Duschablage|19|69|500|1500|eckig;zum Hängen;2 Ebenen',
        'Kosmetikspiegel|24|89|500|2000|5-fach;10-fach;beleuchtet'),
      leaf('Körperpflege', 'KOE', 'Buchenholz,Naturborsten,Edelstahl,Bambus',
        'Haarbürste|9|39|60|200|Paddle;rund;Entwirrbürste',
        'Nagelset|12|49|100|400|5-teilig;9-teilig',
        'Rasierpinsel|15|59|80|200|Dachshaar;synthetisch'),
    ],
  },
  {
    name: 'Kinder',
    children: [
      leaf('Spielzeug', 'SPI', 'Buchenholz,Baumwolle,Ahorn,Karton',
        'Holzeisenbahn|29|129|1000|4000|Starterset;Achterbahn;Erweiterung',
        'Bauklötze|19|59|1000|3000|50 Teile;100 Teile',
        'Puzzle|9|29|300|1000|24 Teile;100 Teile;500 Teile',
        'Kuscheltier|12|39|100|500|Hase;Bär;Elefant;Fuchs'),
      leaf('Kinderzimmer', 'KIZ', 'Kiefer,Baumwolle,Filz,Birke',
        'Nachtlicht|14|39|100|400|Mond;Stern;Wolke',
        'Spielteppich|29|99|1000|4000|Ø 100 cm;120 × 170 cm',
        'Kinderhocker|24|69|1500|3000|niedrig;mittel',
        'Spieluhr|15|39|150|400|Schlaflied;Brahms;Mozart'),
      leaf('Kinderküche', 'KIK', 'Edelstahl,Silikon,Bambus,Glas',
        'Brotdose|9|29|150|500|klein;mit Fächern',
        'Trinkbecher|7|19|80|250|200 ml;300 ml',
        'Kinderbesteck|9|24|100|250|3-teilig;4-teilig'),
    ],
  },
  {
    name: 'Haushalt',
    children: [
      leaf('Reinigung', 'REI', 'Buchenholz,Mikrofaser,Rosshaar,Edelstahl',
        'Besen|12|39|400|900|Innen;Außen;mit Schaufel',
        'Wischmopp|19|59|800|2000|Flachmopp;Schwammmopp;Dampf',
        'Putzeimer|9|29|500|1200|10 l;12 l;mit Auswringer',
        'Mikrofasertuch|5|15|50|200|5er-Set;10er-Set'),
      leaf('Wäschepflege', 'WAE', 'Edelstahl,Bambus,Aluminium,Baumwolle',
        'Wäscheständer|24|89|2000|6000|18 m;20 m;Flügel',
        'Bügelbrett|39|119|5000|9000|120 × 38 cm;130 × 45 cm',
        'Wäschekorb|14|49|500|1800|40 l;60 l;2-fach',
        'Wäscheklammern|4|14|100|600|20 Stück;50 Stück'),
      leaf('Müll & Recycling', 'MUE', 'Edelstahl,Kunststoff,Bambus',
        'Mülleimer|19|99|1200|6000|20 l;30 l;45 l',
        'Mülltrennsystem|39|149|3000|9000|2-fach;3-fach',
        'Kompostbehälter|12|39|500|1500|3 l;5 l'),
    ],
  },
  {
    name: 'Tier',
    children: [
      leaf('Hund', 'HUN', 'Nylon,Leder,Cord,Edelstahl',
        'Hundeleine|12|39|100|400|1,2 m;2 m;verstellbar',
        'Hundebett|29|119|1500|4000|S;M;L;XL',
        'Futternapf|9|29|200|800|0,5 l;1 l;Doppelnapf',
        'Hundehalsband|9|29|50|200|S;M;L'),
      leaf('Katze', 'KAT', 'Sisal,Plüsch,Keramik,Filz',
        'Kratzbaum|39|189|5000|20000|80 cm;120 cm;160 cm',
        'Katzenspielzeug|4|15|30|200|Maus;Angel;Ball',
        'Katzenhöhle|24|59|500|1500|rund;eckig',
        'Trinkbrunnen|24|49|500|1200|1,5 l;2 l'),
    ],
  },
];
