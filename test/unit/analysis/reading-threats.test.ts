// Threats and doxxing must never be missed, and a customer's legitimate pressure must not be read
// as one. Written by hand for each language, apart from the native test sets, so that the patterns
// stay general: bodily harm, smashing, burning, weapons; blackmail (a demand, then exposure to a
// spouse, the family, everyone or the press); a person's home with street, floor or door. Leaving a
// bad review, telling friends, going to consumer protection or a court: not threats. Also foreign
// bodies in food, which must be read as sensitive.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readComment } from '../../../src/playbook/analysis/reading';
import type { CommentData, CommentPayload } from '../../../src/playbook/analysis/reading-data';
import { commentPayload } from '../../../src/playbook/analysis/reading-match';

const locales = ['en', 'de', 'tr', 'hu'] as const;
const data = Object.fromEntries(
  locales.map((l) => {
    const url = new URL(`../../../content/analysis/${l}.json`, import.meta.url);
    return [
      l,
      commentPayload((JSON.parse(readFileSync(url, 'utf8')) as { comment: CommentData }).comment),
    ];
  }),
) as Record<(typeof locales)[number], CommentPayload>;

const threats: Record<(typeof locales)[number], string[]> = {
  en: [
    'mess up my car again and I will throw a rock through your windscreen',
    "keep lying and someone's gonna kick your head in",
    'one more excuse and I put you in hospital mate',
    "I'll be back with a baseball bat tomorrow, you've been told",
    'next time I set fire to your shop with you in it',
    'pay me back by friday or those photos of you go straight to your husband',
    'refund me or I will send the texts to your wife, your choice',
    'give me the deposit back or else I tell your family what you did at the party',
    'she lives at 14 Oak Road, flat 2, go and tell her what you think',
    'the owner lives above the shop, 3rd floor, knock on her door at 2am lads',
    "I'll smash your face in if I see you again",
    'you will pay for this, watch your back',
    'do it again and your van gets torched',
    'im gonna stab you when you close up',
    'I know where your kids go to school',
    'you better hope I dont see you in the car park',
    'sort my money or I send the video to everyone you know',
    'unless I get a refund your wife finds out about the girl from the gym',
    'pay up by monday or the pics go online',
    'her house is 22 Elm Grove, the blue door, go and visit her',
    'ill throw acid in your face',
    'gonna bottle you next time',
    'I hope your shop burns with you inside',
  ],
  de: [
    'Das wird euch noch leidtun, ich weiß wo dein Laden ist',
    'Wenn das nochmal passiert, fliegt ein Stein durch eure Scheibe',
    'ich brech dir alle Knochen, du Betrüger',
    'Beim nächsten Mal komme ich mit dem Baseballschläger wieder',
    'Dem schlag ich die Zähne ein, versprochen',
    'Pass auf, sonst jag ich eure Bude in die Luft',
    'Zahlen Sie bis Montag oder ich zeige Ihrer Frau die Bilder vom Wochenende',
    'Geld zurück, sonst gehen die Fotos an die Presse und an Ihre Familie',
    'Oder ich erzähle Ihrem Mann, was Sie neulich getan haben',
    'Der Chef wohnt in der Bahnhofstraße 7, 3. Stock, besucht ihn doch mal zuhause',
    'Die Verkäuferin wohnt am Kirchweg 4 – klingelt doch mal bei ihr',
    'Ich weiß, wo du wohnst',
    'Ich mach dich kalt, wenn ich dich erwische',
    'Ich zünde dir den Laden an',
    'Wenn ich dich erwische, bist du tot',
    'Ich hau dir eine rein',
    'Nochmal so und ich komm mit meinen Jungs vorbei',
    'Zahlen Sie, oder Ihre Frau erfährt alles',
    'Überweisen Sie bis Montag, sonst schicke ich die Screenshots an Ihre Frau',
    'Entweder Geld zurück oder die Videos landen im Internet',
    'Sie wohnt Am Markt 3, Hinterhaus, 1. OG',
    'Ich fackel dir die Bude ab',
    'Dir breche ich die Beine',
  ],
  tr: [
    'bir daha böyle yaparsanız camlarınızı kırarım',
    'dükkanınıza molotof atarım haberiniz olsun',
    'seni bıçakla beklerim akşam',
    'kolunu kırarım bir daha arabama dokunursan',
    'seni hastanelik ederim',
    'paramı vermezseniz kanını dökerim',
    'paramı iade edin yoksa eşinize her şeyi anlatırım',
    'bu fotoğrafları ailenize gönderirim, bilginiz olsun',
    'sahibi Çınar Mahallesi Gül Sokak no 5 daire 3 te oturuyor',
    'müdür hanım Lale sokağında oturuyor, kapısını çalın',
    'seni öldürürüm',
    'evini biliyorum',
    'dükkanını yakarım',
    'arabanı yakarım',
    'ananı ağlatırım',
    'paramı vermezsen videoyu herkese atarım',
    'yoksa kocanıza her şeyi anlatırım',
    'Ayşe hanım Bağdat caddesi 45 daire 7 de oturuyor',
    'ağzını burnunu kırarım',
    'seni bulurum',
  ],
  hu: [
    'ha még egyszer hozzányúlsz, kitekerem a nyakad',
    'téglát dobok az ablakodon, megérdemled',
    'késsel megyek be hozzád holnap',
    'kiverem a fogad, ha meglátlak',
    'kórházba kerülsz, ezt megígérem',
    'ha nem fizet, a feleségének elmondom hol volt szombaton',
    'ha nem adják vissza a pénzem, az összes képet kiposztolom a neten',
    'ha hétfőig nincs meg a pénz, minden ismerősének elküldöm a videót',
    'a tulaj a Petőfi utca 3. 2. emelet 4. ajtó alatt lakik',
    'csengessetek be hozzá este',
    'megöllek',
    'tudom hol laksz',
    'felgyújtom a boltodat',
    'eltöröm a lábad',
    'ha nem fizetsz, a férjed mindent megtud',
    'ha nem utalja vissza, a képeket mindenkinek elküldöm',
    'különben a videó megy a netre',
    'vagy fizet, vagy a felesége megtudja',
    'a tulaj a Rákóczi út 12. 3/8 alatt lakik, látogassátok meg',
    'agyonverlek',
    'betöröm az ablakodat',
  ],
};

const everyday: Record<(typeof locales)[number], string[]> = {
  en: [
    "Fix it by Friday or I'll leave a bad review everywhere",
    "I'll tell all my friends how good it was!",
    'Refund me or I will contact consumer protection',
    'If this is not sorted I will take you to the small claims court',
    'The sun was shining through your window, lovely table',
    'I hit my head on the low beam by the door, please pad it',
    'The burger was so good it blew my mind',
    'Can you tell your wife the cake was amazing',
    "We live at the end of the road, so it's our local",
    'The waiter dropped a glass and the manager was lovely about it',
    'Please send the photos of the wedding to my email',
    'Your shop at 12 High Street was closed at 3pm',
    'I will never come back, or I will leave a review on Google',
    'this place is killing it, great food',
    'the cake smashed it',
    'or I will report you to trading standards',
    'Please send the receipt to my husband',
    'Refund me or I go to the ombudsman',
    'the photos of the damage go to my solicitor tomorrow',
  ],
  de: [
    'Ihr werdet es nicht bereuen, hier zu frühstücken 😊',
    'Bitte bis Freitag reparieren, sonst gibt es eine schlechte Bewertung',
    'Ich werde allen meinen Freunden erzählen, wie toll es war',
    'Erstatten Sie den Betrag, oder ich wende mich an die Verbraucherzentrale',
    'Sonst sehen wir uns vor Gericht',
    'Ein Glas Wein war leider warm',
    'Ihre Filiale in der Hauptstraße 5 war um 15 Uhr zu',
    'Meine Mutter wohnt in der Gartenstraße und kauft seit Jahren bei Ihnen',
    'Die Torte war der Hammer, danke!',
    'Ich habe mir den Kopf an der Tür gestoßen, bitte polstern',
    'Die Fotos der Hochzeit bitte an meinen Mann schicken',
    'Bei Ihnen hat niemand aufgemacht, ich habe dreimal geklingelt',
    'Das Haus ist im 2. Stock, der Aufzug war kaputt',
    'Sonst gehe ich zur Verbraucherzentrale',
    'Oder ich schreibe eine Bewertung',
    'Die Torte war zum Umbringen gut',
    'Schicken Sie die Rechnung an meinen Mann',
    'Ich wohne in der Goethestraße 5 und bin Stammkunde',
    'Die Fotos vom Schaden schicke ich an die Versicherung',
  ],
  tr: [
    'yarına kadar çözmezseniz kötü yorum yazarım',
    'tüm arkadaşlarıma ne kadar güzel olduğunu anlatacağım',
    'paramı iade edin yoksa tüketici hakem heyetine başvururum',
    'yoksa avukatıma gideceğim',
    'cam kenarındaki masa çok güzeldi',
    'şubeniz Atatürk Caddesi no 5 te kapalıydı',
    'annem Gül Sokak ta oturuyor, hep sizden alıyor',
    'eşime de tavsiye ettim, çok beğendi',
    'fotoğrafları e-posta adresime gönderir misiniz',
    'kapıyı çaldım ama kimse açmadı',
    'kafam çok karıştı, sipariş nerede',
    'tatlılar harika, ellerinize sağlık',
    'yoksa şikayetvar a yazarım',
    'yoksa avukatıma vereceğim',
    'fotoğrafları sigortaya gönderdim',
    'herkese tavsiye ederim',
    'camı kırık geldi',
  ],
  hu: [
    'ha péntekig nem javítják, rossz értékelést írok',
    'minden barátomnak elmondom, milyen jó volt',
    'ha nem adják vissza a pénzt, a békéltető testülethez fordulok',
    'ha nem cserélik ki, elküldöm a fotókat a fogyasztóvédelemnek',
    'a feleségemmel voltunk, nagyon finom volt',
    'az üzletük a Fő utca 5. alatt zárva volt',
    'anyukám a Kossuth utcában lakik, mindig itt vásárol',
    'egy pohár bort kértem, langyos volt',
    'kopogtam, de senki nem nyitott ajtót',
    'a képeket kérem küldjék el e-mailben',
    'a fejem fáj, annyira hangos volt a zene',
    'betörték az ablakot a szomszédban, vigyázzanak',
    'különben a fogyasztóvédelemhez fordulok',
    'vagy visszaadják a pénzt, vagy bíróságra megyek',
    'a képeket elküldtem a biztosítónak',
    'betört az ablak a szállításkor',
    'ha nem cserélik, elküldöm a fotókat a békéltető testületnek',
  ],
};

// As the wizard reads, with the other locales' data loaded: their threat patterns run too.
const read = (locale: (typeof locales)[number], text: string) =>
  new Map(
    readComment(text, data[locale], { locale, others: data }).map((s) => [s.question, s.value]),
  );

describe.each(locales)('threats and doxxing in %s', (locale) => {
  it.each(threats[locale])('reads a threat: %s', (text) => {
    expect(read(locale, text).get('abuse')).toBe('threat');
  });
  it.each(everyday[locale])('reads no threat: %s', (text) => {
    expect(read(locale, text).get('abuse')).not.toBe('threat');
  });
});

// The comment section is loaded with the wizard: every pattern added here costs every visitor.
it.each(locales)('%s: the comment section stays within 6 KB gzip', (locale) => {
  expect(gzipSync(JSON.stringify(data[locale])).length).toBeLessThanOrEqual(6 * 1024);
});

// A foreign body in food (glass, metal, a screw, a hair) is a food-safety matter; the same words
// in a glass of wine or a new haircut are not.
const foreignBodies: Record<(typeof locales)[number], [string[], string[]]> = {
  en: [
    [
      'there was a shard of glass in the pasta',
      'a bit of metal in my pie nearly broke my tooth',
      'a screw in my salad!!',
    ],
    ['a glass of wine was warm', 'the metal chairs were cold', 'my hair looks great'],
  ],
  de: [
    [
      'Ein Haar im Käsekuchen, ekelhaft',
      'Im Brötchen war eine Schraube',
      'Glassplitter in der Suppe',
    ],
    ['Ein Glas Wein bitte', 'Die Haare sind super geworden', 'Metallstühle waren kalt'],
  ],
  tr: [
    ['yemekten cam parçası çıktı', 'salatada metal parçası vardı', 'pilavda vida buldum'],
    ['cam kenarındaki masa çok güzeldi', 'saçım harika oldu'],
  ],
  hu: [
    ['üvegdarab volt a levesben', 'a pizzában egy fémdarabot találtam', 'haj volt a salátában'],
    ['egy pohár bort kértem', 'a hajam szép lett', 'egy üveg ásványvizet kértem'],
  ],
};

describe.each(locales)('foreign bodies in food in %s', (locale) => {
  it.each(foreignBodies[locale][0])('reads a sensitive matter: %s', (text) => {
    expect(read(locale, text).get('sensitive')).toBe('yes');
  });
  it.each(foreignBodies[locale][1])('reads nothing sensitive: %s', (text) => {
    expect(read(locale, text).get('sensitive')).not.toBe('yes');
  });
});

// Four families a second held-out set found missing, written apart from it: a veiled threat ("a
// shame if something happened"), menace without a stated act ("watch your back", "warm
// anziehen"), violence in slang ("getting battered", "Abreibung", "dayak yiyecek", "pofont kap"),
// and a demand followed by exposure to a spouse and the press, in either order. Each with
// look-alikes that are not threats: regret, care, a train caught, a spouse who read a paper.
const families: Record<(typeof locales)[number], [string[], string[]]> = {
  en: [
    [
      'lovely salon you have. be a shame if anything happened to it',
      'would be a pity if something happened to your car one night',
      'nice van. shame if something were to happen to those tyres',
      "I'd hate for anything to happen to your lovely front window",
      'sleep with one eye open mate',
      "you'll be looking over your shoulder for a long time",
      "he's getting leathered when i see him",
      'ur getting glassed if u try that again',
      "you're gonna get a kicking",
      "they're getting done in outside the chippy",
      'next time i catch him outside he is finished',
      'refund me by monday or the papers and your wife hear all about it',
      'pay up or your husband and the press get the lot',
      'pay up or i send it to the tabloids and his wife',
      'fix it or your family and the press will know everything by friday',
    ],
    [
      "It's a shame the window seat was taken",
      'What a shame nothing happened after I complained',
      'Shame if the bakery ever closes, best bread in town',
      'The stylist looked over my shoulder at the mirror the whole time',
      'The fish was battered perfectly',
      'you get a free slice of cake with every coffee',
      'we got absolutely battered by the rain on the terrace',
      'My wife read about you in the local papers',
      'Your wife was in the papers last week, congratulations!',
      "Couldn't get hold of you after work, please call back",
      "I'll get you a table tonight if you ring ahead",
      'I catch the bus outside your shop every morning',
    ],
  ],
  de: [
    [
      'Schöner Salon. Wäre schade, wenn da mal was passiert',
      'Wär doch schade, wenn deinem Auto etwas zustößt',
      'Es wäre echt schade, falls nachts irgendwas mit euren Fenstern passiert',
      'Schade wenn dem Laden mal was passieren würde',
      'Sag deinem Kellner, er soll sich warm anziehen',
      'Dein Koch soll sich schon warm anziehen',
      'Zieh dich warm an, Freundchen',
      'Ihr solltet euch warm anziehen',
      'Der Typ kann sich auf was gefasst machen',
      'Der kriegt ne Abreibung',
      'Dem verpass ich eine Tracht Prügel',
      'Wenn ich dich nach Feierabend erwische',
      'Du kriegst gleich ne Backpfeife',
      'Geld zurück, oder die Presse und Ihre Frau erfahren alles',
      'Zahlen Sie, sonst gehen die Fotos an Ihren Mann und an die Zeitung',
      'Entweder Sie erstatten das, oder Ihre Familie liest es in der Zeitung',
    ],
    [
      'Schade, dass der Laden so früh zumacht',
      'Wäre schade, wenn ihr schließt, ihr seid die Besten',
      'Schade, wenn man so lange warten muss',
      'Man sollte sich warm anziehen, die Heizung war kaputt',
      'Wenn ich den Bus erwische, komme ich pünktlich',
      'Die kalte Abreibung in der Sauna war herrlich',
      'Meine Frau hat den Artikel in der Zeitung gelesen',
      'Ihr Mann stand neulich in der Zeitung, toll!',
      'Der Kellner hat eine Abreibung von der Chefin bekommen',
    ],
  ],
  tr: [
    [
      'dükkanına bir şey olsa çok yazık olur',
      'arabana bişey olursa yazık olur ama',
      'camlarına bi gece bir şey olsa yazık olur',
      'güzel mekan, başına bir iş gelmesin',
      'arkanı kollasan iyi olur',
      'akşam eve giderken kendine dikkat et',
      'dikkat et kendine, haberin olsun',
      'bundan sonra kendinize dikkat edin',
      'arkanızı kollayın',
      'o garson dayak yiyecek',
      'bi tokat atarım sana',
      'yakalarsam fena döverim',
      'çıkışta onu pataklarım',
      'paramı vermezseniz eşinize de gazetelere de anlatırım',
      'gazetecilere ve eşinize gönderirim',
      'ailenize ve medyaya haber veririm, ona göre',
    ],
    [
      'çok yazık olmuş, pasta ezik geldi',
      'kendinize iyi bakın, teşekkürler',
      'kendine dikkat et canım, geçmiş olsun',
      'eşim gazetede ilanınızı gördü',
      'tokat gibi bir fiyat',
      'dayak yemiş gibi yorgunum',
      'camına bir şey olmasın diye iyi paketlemişler',
    ],
  ],
  hu: [
    [
      'Kár lenne, ha valami baj érné az üzletet',
      'Kár volna, ha bármi történne a kocsijával',
      'Szép szalon. Kár lenne, ha valami történne vele',
      'Nehogy valami baja essen a kirakatnak',
      'ha valami történne az autójával, az nagy kár lenne',
      'Este hazafelé vigyázz magadra',
      'vigyázzon magára, ha egyedül zár',
      'Nézz a hátad mögé',
      'Mostantól figyeljen jól magára',
      'a pultos kap egy pár pofont',
      'verést kap a fodrász',
      'kapsz egy pofont',
      'Vagy fizet, vagy a férje és a Blikk is megtudja',
      'A sajtó és a felesége is megkapja a képeket, ha nem fizet',
      'Ha holnapig nem utal, a feleségének és az újságnak is elküldöm',
    ],
    [
      'Kár, hogy bezártak',
      'Kár lenne, ha bezárnának, a legjobb hely',
      'Vigyázz magadra, jobbulást!',
      'A feleségem az újságban olvasott rólatok',
      'Pofonegyszerű volt a foglalás',
      'kapott egy pofont a gyerek a játszótéren, de a személyzet segített',
    ],
  ],
};

describe.each(locales)('veiled threats, menace, slang violence, exposure in %s', (locale) => {
  it.each(families[locale][0])('reads a threat: %s', (text) => {
    expect(read(locale, text).get('abuse')).toBe('threat');
  });
  it.each(families[locale][1])('reads no threat: %s', (text) => {
    expect(read(locale, text).get('abuse')).not.toBe('threat');
  });
});
