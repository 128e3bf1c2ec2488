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
import { readingShared } from '../../../src/playbook/analysis/reading-shared';
import type { CommentData, CommentPayload } from '../../../src/playbook/analysis/reading-data';
import { commentPayload } from '../../../src/playbook/analysis/reading-match';
import { replyData } from './load';

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

// As the wizard fetches it (/reading-shared.json): the link hosts and the languages.
const shared = readingShared();

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
    readComment(text, data[locale], { locale, others: data, ...shared }).map((s) => [
      s.question,
      s.value,
    ]),
  );

describe.each(locales)('threats and doxxing in %s', (locale) => {
  it.each(threats[locale])('reads a threat: %s', (text) => {
    expect(read(locale, text).get('abuse')).toBe('threat');
  });
  it.each(everyday[locale])('reads no threat: %s', (text) => {
    expect(read(locale, text).get('abuse')).not.toBe('threat');
  });
});

// A locale's reading data is two files loaded on demand – the comment section on Suggest, the
// reply section when a reply shows – and together they stay within the 12 KB gzip a locale may
// spend: every pattern added here costs every owner who pastes a comment. What all locales share
// (the link hosts and the languages' common words, /reading-shared.json) is one file, loaded with
// the comment section and counted apart: it is the same whatever the locale.
it.each(locales)('%s: the comment and reply sections together stay within 12 KB gzip', (locale) => {
  const comment = gzipSync(JSON.stringify(data[locale]), { level: 9 }).length;
  const reply = gzipSync(JSON.stringify(replyData(locale)), { level: 9 }).length;
  expect(comment + reply).toBeLessThanOrEqual(12 * 1024);
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

// Families a third held-out set found missing, written apart from it, each only in the languages
// that missed it: menacing knowledge of the owner's children and their school; menace in slang
// (a head kicked in, "nicht so easy raus", "erkeksen çık"); an ultimatum that ends in blackmail,
// closing the shop down or spreading footage to a spouse; a home given away (a street and number,
// a home number); and damage veiled as a pity ("or something worse", a brick through that
// window). Look-alikes: a parent at the same school, a leaflet through the door, one honest
// review, "Sie wohnen ja in der Nähe", the writer's own number to be called back.
/** Per family of threats (named by its key): per locale, texts read as a threat and look-alikes that are not. */
type ThreatFamilies = Record<
  string,
  Partial<Record<(typeof locales)[number], [string[], string[]]>>
>;

function describeFamilies(set: ThreatFamilies): void {
  describe.each(Object.entries(set))('%s', (_, byLocale) => {
    for (const [locale, [yes, no]] of Object.entries(byLocale) as [
      (typeof locales)[number],
      [string[], string[]],
    ][]) {
      it.each(yes)(`${locale}: reads a threat: %s`, (text) => {
        expect(read(locale, text).get('abuse')).toBe('threat');
      });
      it.each(no)(`${locale}: reads no threat: %s`, (text) => {
        expect(read(locale, text).get('abuse')).not.toBe('threat');
      });
    }
  });
}

const thirdSet: ThreatFamilies = {
  'the owner’s children and their school': {
    en: [
      [
        'we watch your daughter at the school gate every afternoon. refund me',
        'we see them at the gate most mornings, lovely kids. pay up',
        'We see your son at the school gates at 3. Think about it',
        'we watched your kids at the gate today. answer my messages',
        'we see them outside every day at the school gate',
      ],
      [
        'My two go to St Brigid’s too, small world!',
        'I see them at the school gate, your kids are so polite',
        'Your kids menu is great, my son loved it after school',
        'We pass your shop on the school run every morning',
        'Is your daughter still at St Mary’s? Say hi from Mrs Byrne',
      ],
    ],
    de: [
      [
        'Wir wissen, wo deine Tochter zur Schule geht.',
        'Ich weiß übrigens, wo Ihr Sohn in den Kindergarten geht.',
        'Wir wissen, wo Ihr Kleiner zur Schule geht.',
        'Ich weiß genau, wo eure Kinder in die Kita gehen.',
        'Wir wissen ja, wo Ihre Kinder zur Schule gehen, also zahlen Sie.',
      ],
      [
        'Meine Kinder gehen in die Schule gegenüber, wir kommen oft vorbei.',
        'Wissen Sie, ob es einen Schulrabatt gibt?',
        'Ich weiß nicht, wo meine Tochter ihre Jacke gelassen hat, ist sie bei Ihnen?',
        'Ihre Tochter hat uns bedient, sie geht doch noch zur Schule, oder? Sehr freundlich!',
        'Wir wissen, wo es den besten Kuchen gibt: bei euch!',
      ],
    ],
    tr: [
      [
        'Oğlunuz Cumhuriyet Ortaokulu’na gidiyor değil mi, biliyoruz.',
        'Kızın hangi okula gidiyor biliyoruz, ona göre davran.',
        'Çocuklarınız sabah 8’de Gazi İlkokulu’na giriyor di mi',
        'Okul çıkışında görüşürüz, oğlunuzla beraber.',
        'Çocuğunuzun anaokulunu biliyorum, parayı yatırın.',
      ],
      [
        'Kızım Atatürk İlkokulu’nda okuyor, servisiniz hep geç kalıyor.',
        'Oğlunuz okuldan sonra kasada yardım ediyor, çok kibar bir çocuk.',
        'Okul çıkışında uğradık, pasta harikaydı.',
        'Çocuğunuzun okul gezisi için pasta yaptırabilir miyiz?',
        'Kızınız okula başlamış mı? Çok büyümüş maşallah.',
        'Kızınız okula gidiyor değil mi? Çok büyümüş maşallah.',
      ],
    ],
    hu: [
      [
        'A fiad a Kossuth utcai iskolába jár, ugye?',
        'Tudjuk, melyik oviba jár a gyereked.',
        'A Rákóczi úti suliba járnak a gyerekeid, ugye? Na ugye.',
        'Tudom, hova jár iskolába a kislányod.',
        'A lányod a Bartók Béla úti gimibe jár, ugye? Szép lány.',
      ],
      [
        'A lányom is ebbe a suliba jár, milyen kicsi a világ!',
        'Melyik suliba jár a fiad? A miénk a Petőfibe.',
        'Ugye a gyereked is szereti a sütit?',
        'A suliban mindenki a kiflijeteket eszi, ugye?',
        'A kislányod nagyon ügyes volt suli után a boltban.',
        'A fiad is ide jár suliba, ugye? Ügyes gyerek.',
      ],
    ],
  },
  'menace in slang': {
    en: [
      [
        'keep it up and ur getting ur head kicked in',
        "he's getting his teeth knocked in if he serves me again",
        'that manager wants his face smashed in',
        'you will get your head caved in mate',
        'mouth off again and youll have your skull bashed in',
      ],
      [
        'I nearly got my head kicked in at the match, good pub after though',
        'The roof leak had our heads in buckets',
        'My face fell when I saw the bill',
        'The door got kicked in by the wind, please fix the latch',
        'I was knocked out by how good the curry was',
        'she popped her head in to say hello, so sweet',
        'he laughed his head off at our order',
      ],
    ],
    de: [
      [
        'Nächstes Mal kommst du da nicht so leicht raus, Freundchen',
        'Glaub mir, beim nächsten Mal kommt ihr nicht so billig davon',
        'Diesmal kommst du da nicht mehr so easy raus',
        'Das nächste Mal kommst du nicht so einfach davon',
        'kommt ihr da nicht so leicht raus, wartet nur',
      ],
      [
        'Man kommt da nicht so leicht raus aus der Parklücke vor eurem Laden',
        'Aus dem Vertrag kommt man nicht so einfach raus, leider',
        'Ich komme da nicht so leicht raus, weil ich arbeite',
        'Pass auf dich auf und gute Besserung!',
        'Man sieht sich immer zweimal im Leben, schön, dass ich euch wiedergefunden habe',
      ],
    ],
    tr: [
      [
        'erkeksen dışarı çık konuşalım',
        'adamsan çık karşıma',
        'yüreksen gel de yüzüme söyle',
        'erkekseniz akşam dükkandan çıkın da görelim',
        'erkeksen kapıya çık bakalım',
      ],
      [
        'Erkeksen sen de dene bu acılı dürümü!',
        'Erkek kuaförü arıyorsanız gelin, harika',
        'Dışarı çıkıp sigara içtik, çok güzel bahçe',
        'Erkekler tuvaleti çok kirliydi',
        'Adam gibi adamsınız, teşekkürler',
      ],
    ],
  },
  'an ultimatum that ends in blackmail or closing the shop down': {
    en: [
      [
        "refund me by monday or I'm telling everyone what I know about your husband",
        'pay up or I tell the whole town what I know about her',
        'Sort it by Friday. If not, I tell people what I know about you',
        "I'll be telling his wife what I know about him",
        'telling the school gate mums what I know about your missus next',
      ],
      [
        'Tell us what you know about the allergens please',
        "I'll tell everyone what I know about good coffee: go elsewhere",
        'I told my friends what I know about your prices, sorry',
        "If not refunded by Friday I'll leave an honest one star review",
        "I'll report you to consumer protection if I don't hear back by Monday",
      ],
    ],
    de: [
      [
        'Sonst sorge ich dafür, dass ihr zusperren könnt.',
        'Ich sorg dafür, dass du den Laden dichtmachen musst',
        'Wir sorgen dafür, dass Sie bald pleite sind',
        'Zahl, oder ich sorge dafür, dass ihr zumachen müsst',
        'Ich sorge dafür, dass Sie schließen, verlassen Sie sich drauf',
      ],
      [
        'Sorgt dafür, dass ihr nicht zumachen müsst – kommt alle hin!',
        'Ich sorge dafür, dass ihr mehr Kunden kriegt, tolle Arbeit!',
        'Bitte sorgen Sie dafür, dass die Tür schließt, es zieht',
        'Ich melde Sie der Verbraucherzentrale, wenn bis Freitag nichts passiert',
        'Wenn ihr bis Montag nicht erstattet, gehe ich zum Anwalt',
      ],
    ],
    tr: [
      [
        'Paramı vermezseniz bu videoyu eşinize de yayarım',
        'Ödemezsen mesajlarını karına paylaşırım',
        'Yarına kadar iade yoksa kocanıza da herkese de yayarım',
        'kamerada çektiğim görüntüleri eşinize ifşa ederim',
        'ailenize ve bütün mahalleye yayarım, saat işliyor',
      ],
      [
        'Eşime de paylaşırım bu tarifi, çok beğendik',
        'Ailenize selamlar, tatlılarınız harika',
        'Yorumumu herkese yayarım, çok memnun kaldım',
        'Eşinize teşekkür ederim, çok yardımcı oldu',
        'Paramı iade etmezseniz tüketici hakem heyetine başvuracağım',
      ],
    ],
  },
  'a home given away': {
    en: [
      [
        'go and ask him at home, 7 Willow Close, he is in after six',
        'pop round and see her at home. 41 Mill Lane, the one with the green gate',
        'Everyone should visit him at his home at 3 Beech Drive',
        'catch her at home tonight, 12 Ash Grove',
        'go see them at their house, 88 Station Road',
      ],
      [
        'The shop at 14 Harcourt Close was shut again',
        'Can you deliver to my home at 12 Park Road?',
        'He told me to ask him at the till next time',
        'We had the party at their place, five stars',
        'Collection is from 22 Elm Grove, my home address, after 5',
      ],
    ],
    de: [
      [
        'Sie wohnen doch in der Lindenstraße 12, oder?',
        'Du wohnst ja am Mühlweg 4, ich komm mal vorbei',
        'Ihr wohnt in der Schillerstraße 9, wissen wir',
        'Wohnen Sie nicht in der Ahornallee 17?',
        'Der Chef wohnt am Kirchplatz 3 im Erdgeschoss',
      ],
      [
        'Wir wohnen in der Hauptstraße 4, liefern Sie bitte dorthin',
        'Wohnen Sie auch in der Gegend?',
        'Ihr Laden in der Birkenallee 3 hat montags zu',
        'Ich wohne am Kirchweg 2, gleich ums Eck von euch',
        'Sie wohnen ja in der Nähe, kommen Sie doch mal zum Fest',
      ],
    ],
    hu: [
      [
        'A tulaj otthoni száma 06 1 234 5678, hívjátok',
        'Itt a főnök otthoni telefonja: 06 1 456 7890',
        'Szabó úr otthoni száma: +36 1 321 4455',
        'a fodrász otthoni számán hívjátok: 06-1-222-3344',
        'Hívjátok a lakását, 06 1 987 6543',
      ],
      [
        'Az én számom 06 1 234 5678, hívjanak vissza',
        'Hívjon vissza kérem a 06 1 456 7890-es számon',
        'Ezt a rendelést 1 234 forintért kaptam',
        'Otthonról rendeltem, 20 perc alatt ideért',
        '2026 1 12-én jártunk ott, minden rendben volt',
      ],
    ],
  },
  'damage veiled as a pity': {
    en: [
      [
        'lovely big window. be a shame if a brick went through that big window',
        'someone could put a rock through that nice front window, just saying',
        'i would throw a brick through that window if i were braver',
        'a bottle through your shop window might wake you up',
        'next time a stone goes through this big window',
      ],
      [
        'Someone put a leaflet through the door about the closure',
        'The sun through that big front window is lovely in the morning',
        'We threw a party through the whole weekend',
        'A shame the window seats were taken',
        'They put a note through your door about the parking',
      ],
    ],
    hu: [
      [
        'Kár lenne, ha egyik reggel nem indulna a kocsi… vagy valami rosszabb.',
        'Kár volna, ha leégne a bolt, vagy valami rosszabb',
        'Kár lenne, ha betörne az ablak, vagy bármi rosszabb',
        'kár lenne ha a kutyával történne valami… vagy valami rosszabb',
        'Kár lenne, ha elromlana a zár. Vagy valami rosszabb, ugye',
      ],
      [
        'Kár lenne, ha bezárnátok, nincs jobb hely',
        'Kár lenne, ha nem indulna el a téli menü',
        'Vagy valami rosszabb is lehet a számlán?',
        'Kár, hogy a kávé rosszabb lett, mint tavaly',
        'Kár lenne kihagyni, a pizza isteni',
      ],
    ],
  },
};

describeFamilies(thirdSet);

// Sensitive matters the third set found missing: sick after eating, and a product that caught
// fire (a product matter, not a health one). Look-alikes: sick of waiting, a fire in the grill.
const sensitiveThird: Partial<Record<(typeof locales)[number], [string[], string[], string?]>> = {
  en: [
    [
      'had the chicken wrap and was up all night sick',
      'we were both sick all night after the prawns',
      'my son got sick after the ice cream',
      'i was sick the whole next day after your burger',
      'ate the curry and then all night sick, never again',
    ],
    [
      'was sick of waiting for 40 minutes',
      'we were sick of the music by 10',
      'the DJ was sick, what a night',
      'sick burger bro',
      'I got sick of the queue and left',
    ],
  ],
  de: [
    [
      'Nach der Torte hatten wir alle Brechdurchfall',
      'Drei Tage Magen-Darm-Grippe mit Durchfall nach eurem Kebab',
      'Die Kinder hatten nach dem Eis Durchfall',
      'Brechdurchfall nach dem Sushi, danke für nichts',
      'Am nächsten Tag Durchfall bei uns allen',
    ],
    [
      'Die Durchfahrt zum Parkplatz war gesperrt',
      'Der Durchgang zur Terrasse war zu eng',
      'Einmal durch die Karte probiert, alles lecker',
      'Durchgehend geöffnet, super',
      'Die Durchsage im Laden war zu laut',
    ],
  ],
};
describe.each(Object.entries(sensitiveThird))('sick after eating in %s', (locale, lists) => {
  const [yes, no] = lists!;
  it.each(yes)('reads a sensitive matter: %s', (text) => {
    expect(read(locale as (typeof locales)[number], text).get('sensitive')).toBe('yes');
  });
  it.each(no)('reads nothing sensitive: %s', (text) => {
    expect(read(locale as (typeof locales)[number], text).get('sensitive')).not.toBe('yes');
  });
});

// A product that caught fire or shorted is about the product, even where a hand was burnt.
const productFire: Partial<Record<(typeof locales)[number], [string[], string[]]>> = {
  de: [
    [
      'Die Lichterkette hat eine Stichflamme gemacht, meine Hand ist verbrannt',
      'Kurzschluss im Föhn, ich hab mich verbrannt',
      'Der Wasserkocher von euch: Stichflamme beim ersten Mal, Finger verbrannt',
      'Das Ladegerät hatte einen Kurzschluss und ich hab mir die Finger verbrannt',
      'Stichflamme aus dem Toaster, mein Arm ist verbrannt',
    ],
    [
      'Ich hab mir an der heißen Suppe die Zunge verbrannt',
      'Beim Kaffee die Lippe verbrannt, war echt heiß',
      'Verbrannt hab ich mich an eurem Grillteller',
      'Hab mir beim Flammkuchen die Finger verbrannt',
      'Die Sonne auf der Terrasse hat mich verbrannt',
    ],
  ],
  tr: [
    [
      'Aldığım ısıtıcı alev aldı, elim yandı',
      'Saç kurutma makinesi kısa devre yaptı, parmağım yandı',
      'Şarj aleti kıvılcım çıkardı, elim yandı',
      'Ütü alev aldı ve kolum yandı',
      'Kettle kısa devre yaptı, elim yandı',
    ],
    [
      'Çorba çok sıcaktı, dilim yandı',
      'Kahve çok sıcaktı, dudağım yandı',
      'Güneşte oturduk, omzum yandı',
      'Mangaldan sıçrayan yağla elim yandı',
      'Fırından yeni çıkan börekle parmağım yandı',
      'Mekan alev alev, müzik harika, ama mangalda elim yandı',
    ],
  ],
};
describe.each(Object.entries(productFire))('a product that caught fire in %s', (locale, lists) => {
  const [yes, no] = lists!;
  it.each(yes)('is about the product: %s', (text) => {
    expect(read(locale as (typeof locales)[number], text).get('concern')).toBe('product');
  });
  it.each(no)('is not about a product: %s', (text) => {
    expect(read(locale as (typeof locales)[number], text).get('concern')).not.toBe('product');
  });
});

// Structural families a fourth held-out set found missing (threats in new forms, no phrase in
// common with earlier ones), written apart from it: an ultimatum (a deadline or a demand, then a
// consequence in the same sentence); the owner's family or a staff member watched on their daily
// way (school, bus, the way home) next to a demand; a pair of menace emoji (knife, blood, gun,
// devil, extinguisher) or a car or shop between two fires; damage veiled as a pity or an
// insurance; footage or screenshots held back against money. Look-alikes: a deadline with a
// review, a refund or a complaints body; the writer's own child at school; praise with fire,
// bombs and skulls; insurance that pays.
const fourthSet: ThreatFamilies = {
  'an ultimatum with a consequence': {
    en: [
      [
        'Refund me by Friday or I’m coming down there myself',
        'you have till tomorrow, then I’ll get it back one way or another',
        'pay what you owe or we take it out of your hide',
        'if the deposit isnt back this week we are coming round there, simple',
        'Unless I hear from you by noon I’m coming over there to sort it, one way or the other',
      ],
      [
        'I’ll be back Friday to pick up my order',
        'If it isn’t sorted by Friday I’ll be reporting you to Trading Standards',
        'If you’re free on Friday, me and my mates would love to book the back room',
        'Refund by Monday please, otherwise I’ll have to dispute it with my bank',
        'if the cake is as good as last time, you’ll see me every week',
      ],
    ],
    de: [
      [
        'Wenn bis Montag kein Geld da ist, knallt’s',
        'Ich will mein Geld bis Freitag, sonst kracht’s',
        'Wenn ihr nöd zahled, chunnt öpper verbii',
        'Bis Ende Monat zahlen oder es kracht’s, das ist keine leere Drohung',
        'Wenn das bis Freitag nicht erledigt ist, mach ich euch den Laden kaputt',
        'Zahlt endlich, sonst macht dir jemand die Scheiben kaputt',
      ],
      [
        'bis Freitag brauche ich die Rechnung',
        'Wenn die Torte bis Samstag fertig ist, knallen bei uns die Korken',
        'Sollte bis Ende der Woche nichts passieren, wende ich mich an die Verbraucherzentrale',
        'Wenn ihr es nicht reparieren könnt, kommt dann wenigstens einer vorbei?',
        'Die hohen Mieten machen den kleinen Laden kaputt',
      ],
    ],
    tr: [
      [
        'Cuma akşamına kadar ödemezseniz kapınıza dayanırım',
        'parayı yatırmazsanız sonra ağlamayın',
        'iade yoksa sonra ağlama, benden söylemesi',
        'bu hafta ödemezsen ne olur ne biter bilmem',
        'paramı vermezseniz kapınıza dayanacağım',
      ],
      [
        'Paramı 10 gün içinde iade etmezseniz Şikayetvar’a yazarım',
        'Bu tatlıyı denemezseniz sonra ağlarsınız 😄',
        'Cumaya kadar fatura lazım, lütfen',
        'Kapının önünde bekleyen kuryeye bahşiş verdim',
        'iade etmezseniz tüketici hakem heyetine başvuracağım',
      ],
    ],
  },
  'the family or a staff member watched on their daily way': {
    en: [
      [
        'Saw your daughter at the school gate today. Think about that before you ignore me again.',
        'I know your son takes the 8am bus. Think carefully before you delete my review.',
        'we’ve been watching your kids walk home from school. pay up or else',
        'Seen your wife walking the dog every morning. Think twice about that invoice.',
        'I know your little ones go to St Mary’s school. Think real hard about that refund.',
        'that girl on the till better watch her back, we know which car she drives',
      ],
      [
        'Saw your daughter at the school concert, she was brilliant!',
        'We saw your son’s band at the school fair, think they’re great',
        'My wife and I walk past your school every day',
        'Your kids’ menu is great, my son loved it',
        'I know your kids love the school holiday menu, can you do it again?',
      ],
    ],
    de: [
      [
        'Ihre Kleine geht doch in die Grundschule ums Eck. Überlegen Sie sich das mit dem Inkasso.',
        'Ich weiß, wo Ihr Sohn zur Schule geht.',
        'Dein Sohn geht in die Kita am Markt, oder? Überleg dir gut, was du antwortest.',
        'Wir wissen, wo eure Kinder in den Kindergarten gehen',
        'Ihre Tochter ist jeden Morgen um 7 an der Schule. Zahlen Sie, sonst sehen wir weiter.',
      ],
      [
        'Ihre Kleine geht doch auch in die Grundschule hier? Dann sehen wir uns beim Sommerfest!',
        'Unsere Tochter liebt eure Kinderkarte',
        'Mein Sohn geht in die Schule gegenüber, wir kommen oft vorbei',
        'Wo ist die Schule? Ihre Kinder sind so höflich',
        'Eure Kita-Gruppe war so süß beim Besuch, überlegt euch doch ein Sommerfest',
      ],
    ],
    tr: [
      [
        'kızınızın hangi okula gittiğini biliyoruz',
        'oğlun sabah kaçta servise biniyor gördüm',
        'eşinin işten kaçta çıktığını biliyorum',
        'çocuklarınızın anaokulunu biliyoz',
        'kardeşin sabah evden çıkarken gördük',
        'o kasadaki çocuk, kepenk inince bi konuşalım',
      ],
      [
        'kızım okulda çok sevdi',
        'oğlumun okul servisi burada duruyor',
        'eşim işten çıkınca uğradık',
        'çocuklarınız çok tatlı, okul kıyafetleri de güzel',
        'dükkan kapanınca bile ışıklar yanıyor',
      ],
    ],
    hu: [
      [
        'Tudom, hogy a lányod a Petőfi utcai oviba jár',
        'láttam a fiadat az iskola előtt',
        'Tudjuk, hogy a feleséged melyik busszal jár',
        'láttuk a gyerekeidet a bölcsi előtt',
        'Tudom, hogy a férjed reggel busszal megy',
      ],
      [
        'A lányom imádta a tortát, az oviban is mesélte',
        'Láttam a fiadat a meccsen, ügyes volt',
        'Tudom, hogy a lányod is szereti a lángost',
        'a gyerekeink iskolája mellett vagytok, jó hely',
        'Tudod, hogy a busz hol áll meg?',
      ],
    ],
  },
  'a pair of menace emoji': {
    en: [
      [
        'see you at closing 🔪🩸',
        'u got till noon. after that 🔥🚗🔥',
        'enjoy your last weekend open 😈🔪',
        'keep talking 💀🔫',
        'answer my messages 😤👊',
        'nice workshop 🧯😈',
      ],
      [
        '🔥🔥🔥 best burger',
        'the chef’s knife skills 🔪 amazing',
        'spooky season menu 😈🎃 love it',
        'killer cocktails 💀💀',
        'new shop looks 🔥🏪 so good',
      ],
    ],
    de: [
      [
        'Mia sehn uns beim Zuasperrn 🔪🩸',
        'Schöne Karre vor der Tür 🔥🚗🔥',
        'Bis bald 😈🔪',
        'Viel Spaß noch beim Aufsperren 💀🔫',
        'Schöne Werkstatt 🧯😈',
      ],
      [
        'Eure Chili-Wings sind der absolute Killer 🔥🔥',
        'Messerscharf geschnitten 🔪 top',
        'Halloween-Menü 😈🎃 war super',
        'Ich lach mich tot 💀💀',
        'Der Laden ist der Hammer 🔥🏪',
      ],
    ],
    tr: [
      [
        'sabah dükkanı açınca sürpriz var sana 🔥🏚️🔥',
        'hayırlı işler 😈🔪',
        'görüşürüz 🔪🩸',
        'arabanı gördüm 🔥🚗🔥',
        'akşama bekle 💀🔫',
      ],
      [
        'Dün akşam mekanı yakıp yıktınız 🔥🔥 kokteyller bomba 💣',
        'şefin bıçak hünerleri 🔪 harika',
        'cadılar bayramı menüsü 😈🎃 çok iyi',
        'gülmekten öldüm 💀💀',
        'yeni dükkan 🔥🏪 çok güzel',
      ],
    ],
    hu: [
      [
        'Jó kis műhely 🧯😈',
        'zárás után találkozunk 🔪🩸',
        'szép autó 🔥🚗🔥',
        'várj csak 😈🔪',
        'vigyázz magadra 💀🔫',
      ],
      [
        'a koktélok bombák 💣 robbant a hangulat',
        'a szakács késtudása 🔪 lenyűgöző',
        'halloweeni menü 😈🎃 szuper',
        'meghaltam a nevetéstől 💀💀',
        'az új üzlet 🔥🏪 nagyon jó',
      ],
    ],
  },
  'damage veiled as a pity or an insurance': {
    en: [
      [
        'nice place. shame if it didn’t make it to christmas',
        'lovely van. be a pity if it wouldn’t survive the winter',
        'would hate for something to happen to that front window',
        'Shame if anything were to happen to your van',
        'real shame if your shop didnt survive the month',
      ],
      [
        'Shame the cake didn’t last, it sold out by noon',
        'it’s a pity if you didn’t try the dessert',
        'would hate for anything to go wrong with your booking, so call ahead',
        'shame if it rains on the terrace',
        'pity the new menu won’t last past summer',
      ],
    ],
    de: [
      [
        'Schöner Laden. Hoffentlich seid ihr gut versichert 😈',
        'Hoffentlich sind Sie gut versichert, man weiß ja nie',
        'Hoffentlich ist der Laden versichert',
        'hoffentlich ist euer Auto gut versichert',
        'Hoffentlich seid ihr versichert, wenn es mal brennt',
      ],
      [
        'Hoffentlich zahlt die Versicherung meinen Schaden',
        'Sind Sie gegen Wasserschäden versichert? Frage für meinen Vermieter',
        'Ich bin zum Glück gut versichert',
        'Hoffentlich ist der Kuchen bis Samstag fertig',
        'Die Versicherung hat alles übernommen, danke',
      ],
    ],
    tr: [
      [
        'camları yerinde bulamazsanız yazık olur',
        'dükkan bir gece yanarsa çok yazık olur',
        'arabanın başına bir şey gelirse yazık olur',
        'umarım dükkan sigortalıdır',
        'güzel yer, umarım sigortanız vardır 😈',
      ],
      [
        'kapanırsanız çok yazık olur, en sevdiğim yer',
        'bu lezzeti denemezseniz yazık olur',
        'sigorta şirketi ödedi, teşekkürler',
        'sigortalı kargo seçtim',
        'umarım tatlılar yine aynı lezzette',
      ],
    ],
    hu: [
      [
        'remélem van rá biztosítás',
        'Remélem, van nektek biztosítás',
        'szép műhely, remélem van rá biztosítás 🔥',
        'Remélem volt rajta biztosítás',
        'remélem, van rá biztosítás, mert ki tudja',
      ],
      [
        'a biztosító kifizette a kárt',
        'van biztosításotok a csomagra?',
        'remélem jövőre is lesz vásár',
        'Remélem, a biztosító fizet',
        'biztosítás nélkül nem veszek autót',
      ],
    ],
  },
  'footage or screenshots held back against money': {
    en: [
      [
        'pay me back or your wife sees what you sent me',
        'refund it or everyone you know gets the screenshots',
        'Sort my refund by Monday or the videos go online',
        'unless I get my deposit your husband hears about the hotel',
        'fix it or the footage gets posted everywhere',
      ],
      [
        'Refund me or I’ll post a review online',
        'the photos on your website look nothing like the room',
        'Send me the invoice or a screenshot of the payment',
        'My wife loved the videos you posted online',
        'Either fix the boiler or give me my money back',
      ],
    ],
    de: [
      [
        'Ich hab Screenshots von allem. Geld zurück oder die gehen an deine Frau.',
        'Hab Fotos gemacht, 300 € bis Freitag, sonst landen die im Netz',
        'Die Videos aus der Küche hab ich. Zahlung bis Montag oder sie landen bei der Zeitung',
        'Ich habe Aufnahmen vom Abend. Überweisen oder die kommen in die Dorfgruppe',
        'Chats liegen vor. Entweder Rückzahlung oder das geht an Ihren Mann',
      ],
      [
        'Die Fotos auf der Website sehen anders aus, oder die Zimmer wurden umgebaut?',
        'Schickt mir bitte Fotos oder die Rechnung',
        'Hab Bilder von der Torte gemacht, die gehen an Oma',
        'Bilder vom Schaden anbei, bitte Geld zurück oder Ersatz',
        'Die Videos vom Fest sind super geworden',
      ],
    ],
    tr: [
      [
        'parayı göndermezsen videoları gruplara atarım',
        'iade etmezseniz fotoğrafları internete koyarım',
        'ödemezsen mesajlarını herkese yayarım',
        '25 bin yatırmazsanız ekran görüntülerini herkese yayarım',
        'ödemezseniz videoları paylaşırım',
      ],
      [
        'Paramı iade etmezseniz Şikayetvar’a yazarım',
        'videoları çok güzel paylaşıyorsunuz',
        'dekont için fotoğraf atarım size',
        'cevap vermezseniz fotoğrafları tüketici hakem heyetine gönderirim',
        'fotoğraflar harika olmuş, hemen paylaştım',
      ],
    ],
    hu: [
      [
        'vagy visszaadjátok a pénzem, vagy kiteszem netre a videókat',
        'Vagy fizettek, vagy felteszem a képeket a csoportba',
        'vagy megosztom mindenkivel a fotókat',
        'Visszautaljátok, vagy kirakom a konyháról készült videót',
        'Vagy fizet, vagy kiteszem az üzeneteit a Facebookra',
        'ha még egyszer meglátlak úgy kapsz, hogy a nevedet is elfelejted',
      ],
      [
        'vagy cserélik, vagy visszaadják a pénzt',
        'a fotókat elküldtem a biztosítónak',
        'Vagy kicserélitek, vagy elküldöm a fotókat a békéltető testületnek',
        'Küldjek képet vagy videót a hibáról?',
        'úgy kapsz kávét, hogy nem kell sorban állni',
      ],
    ],
  },
};

describeFamilies(fourthSet);
