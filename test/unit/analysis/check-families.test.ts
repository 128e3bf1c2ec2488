// The reply check against pattern families that held-out sets found missing or over-eager,
// written apart from those sets: a first name with blame or training words (staff-name); a review
// "had removed" on a platform where the business cannot remove it; looking a customer up in the
// records; a reward for a better rating; and three look-alikes that are no warning: a salutation
// (Frau/Mr/Bey/Úr and a name), a farewell ("bis bald"), a greeting to all patients.
// A third held-out set found more, written here apart from it and only in the languages that
// missed them: a first name left alone at a post, new there or slipping up ("der Timo hat sich
// verrechnet"); the day an order was sent, or a customer list, quoted from the records; harm to a
// body through an infection, a burn, a doctor's bill or a dental treatment; a named person with
// their street; a coffee or half price for a better rating. Look-alikes: "thanks for being
// patient", a practice's own "Zahnarzt-Team", old prices or hours deleted from the own website.
import { describe, expect, it } from 'vitest';
import { checkReply } from '../../../src/playbook/analysis/check';
import type { WarningId } from '../../../src/playbook/analysis/ids';
import { replyData } from './load';

type Locale = 'en' | 'de' | 'tr' | 'hu';
interface Family {
  id: WarningId;
  platform: string;
  /** Each must raise the warning. */
  yes: Partial<Record<Locale, string[]>>;
  /** None may raise it. */
  no: Partial<Record<Locale, string[]>>;
}

const families: Record<string, Family> = {
  'a first name left alone at a post, new there, or slipping up': {
    id: 'staff-name',
    platform: 'facebook',
    yes: {
      en: [
        'Sorry about the wait on Sunday. Aoife was on her own at the till all afternoon.',
        'Apologies for the mix-up. Marek was by himself in the kitchen that night.',
        'We hear you. Shauna is still getting used to the new booking screen.',
        'Sorry! Callum was in his first week and still learning the coffee machine.',
        'Thanks for flagging it. Niamh is still finding her feet on the late shift.',
      ],
      de: [
        'Das tut uns leid. Der Luca war an dem Tag neu an der Theke.',
        'Entschuldigung, die Jana ist erst neu im Service.',
        'Sorry! Der Timo hat sich beim Wechselgeld verrechnet.',
        'Da hat sich die Melanie leider vertippt, wir korrigieren das.',
        'Der Ben war da noch ganz neu an der Kasse, das ist unser Fehler.',
      ],
    },
    no: {
      en: [
        'We were on our own that night and should have called in more help.',
        'Sunday was our first day open, thanks for your patience.',
        'Hi Maria, sorry you were left on your own at the counter.',
        'We are still getting used to the new oven, the bake times will settle.',
        'The new machine is still finding its feet, we have a technician coming.',
      ],
      de: [
        'Der Automat war an dem Tag neu an der Kasse, das hat alles verlangsamt.',
        'Die Kollegin war neu im Service, wir schulen nach.',
        'Die Kasse hat sich verrechnet, der Betrag wird erstattet.',
        'Der Termin war neu für uns, wir haben ihn übersehen.',
        'Der Kellner war neu bei uns und wir hätten ihn besser einarbeiten sollen.',
      ],
    },
  },
  'the day an order was sent, quoted from the records': {
    id: 'records',
    platform: 'google',
    yes: {
      en: [
        'Your order was dispatched on the 2nd and the courier has it now.',
        'Hi, the parcel was delivered on 14 March and signed for at the door.',
        'We can see the package was collected on the 9th by the courier.',
        'Your delivery was shipped on 3 May, so it should be with you.',
        'Looking at it, the order was picked up on the 12th from the shop.',
      ],
      tr: [
        'Müşteri listemizde bu isimde kimse görünmüyor.',
        'Hasta listemize baktık, böyle bir kayıt yok.',
        'Üye listemizde adınız geçmiyor.',
        'Müşteri listesine göre son geldiğiniz tarih ekim.',
        'Listemizde size ait bir randevu bulunmuyor.',
      ],
      hu: [
        'A rendelése szerint a csomagot kedden vette át.',
        'A szállítólevél szerint két dobozt kapott.',
        'A foglalása szerint csak egy főre foglalt.',
        'A megrendelés szerint fekete színt kért.',
        'A bizonylat szerint készpénzzel fizetett.',
      ],
    },
    no: {
      en: [
        'Orders are dispatched on the 1st and 15th of each month.',
        'Your parcel will be shipped on the 3rd, we are sorry for the wait.',
        'We post new stock on our page every Friday.',
        'Collection is from 9 on weekdays, just bring your receipt.',
        'Please send us your order number in a message and we will look into it.',
      ],
      tr: [
        'Bekleme listemize eklemek için bize mesaj atabilirsiniz.',
        'Fiyat listemiz web sitemizde güncel.',
        'Menü listemize yeni tatlılar ekledik.',
        'İstek listenize eklediğiniz ürün tekrar stokta.',
        'Lütfen sipariş numaranızı mesajla gönderin, hemen bakalım.',
      ],
      hu: [
        'Kérjük, írja meg üzenetben a rendelésszámát.',
        'Az online foglalás a honlapon működik.',
        'A rendelések kiszállítása két munkanap.',
        'Az árlista szerint a hajvágás 6000 forint.',
        'Köszönjük a rendelést, jó étvágyat!',
      ],
    },
  },
  'harm to a body: an infection, a burn, a doctor’s bill, a dental treatment': {
    id: 'health',
    platform: 'google',
    yes: {
      de: [
        'Es tut uns leid, dass Ihre Haut nach der Farbe verätzt war.',
        'Die Verbrühung durch den Tee tut uns sehr leid.',
        'Dass Sie nach der Maniküre einen Ausschlag hatten, bedauern wir.',
        'Die Arztkosten übernehmen wir selbstverständlich.',
        'Gut, dass Sie gleich zum Arzt gegangen sind.',
      ],
      hu: [
        'A fogkő-eltávolítás után érzett fájdalmat sajnáljuk.',
        'A foghúzás után tényleg duzzadhat az arc.',
        'A fogfehérítésről szívesen beszélünk személyesen.',
        'A fogszabályozó beállítását újra megnézzük.',
        'Az új fogsor miatt hívjon minket.',
      ],
    },
    no: {
      de: [
        'Unser Zahnarzt-Team freut sich auf Sie.',
        'Die Kopfhautmassage ist im Preis inbegriffen.',
        'Die Brennerei gegenüber hat auch sonntags offen.',
        'Der Ausschank beginnt um 17 Uhr.',
        'Ihr Hinweis hat den Ausschlag gegeben, wir öffnen jetzt früher.',
        'Danke für den Hinweis zur Parkplatzsituation.',
      ],
      hu: [
        'Szívesen fogadjuk új vendégeinket.',
        'A fogásokat szezonálisan cseréljük.',
        'Kérjük, foglaljon időpontot a honlapon.',
        'Fogunk még többet sütni hétvégén.',
        'A foglalás egyszerű, csak írjon nekünk.',
      ],
    },
  },
  'our fault for an infection or swelling is an admission': {
    id: 'admission',
    platform: 'google',
    yes: {
      en: [
        'The infection after your piercing was our fault, we are so sorry.',
        'That swelling was our mistake and we will cover the follow-up.',
        'The pain you had afterwards was our fault entirely.',
        'Your rash was caused by our error with the product.',
        'It was our mistake that the scar formed, please talk to us.',
      ],
    },
    no: {
      en: [
        'The mix-up with your booking was our fault, sorry.',
        'Our mistake: the cake said Happy Birthday Sean, not Shane.',
        'It was our error that the delivery was late.',
        'A pain to park here, we know, so we added bike racks.',
        'Our fault entirely that the music was so loud.',
        'Our mistake: the paint on the new sign was the wrong shade.',
        'It was our fault your scarf was left in the cloakroom.',
      ],
    },
  },
  '“thanks for being patient” is no patient': {
    id: 'health',
    platform: 'facebook',
    yes: {
      en: [
        'As a patient of ours you can ask for your notes at any time.',
        'The patient you mention was seen on Tuesday.',
        'We spoke to the patient directly about the results.',
        'Your root canal will be looked at again.',
        'We discussed the treatment with you beforehand.',
      ],
    },
    no: {
      en: [
        'Thank you for being so patient while the card machine was down.',
        'Thanks for your patience with the roadworks outside.',
        'We really appreciate you being patient with the new till.',
        'Please be patient with us over Christmas, we are short-staffed.',
        'You have been very patient, your order is ready now.',
      ],
    },
  },
  'a named person with the street they live in': {
    id: 'personal-data',
    platform: 'facebook',
    yes: {
      de: [
        'Herr Stefan Koller aus der Lindenstraße, Ihre Jacke liegt bei uns.',
        'Frau Brigitte Haas vom Mühlweg hat uns angerufen.',
        'Herr Obermaier aus der Schillerstraße, bitte melden Sie sich.',
        'Frau Petra Lang am Kirchplatz hat das Paket bekommen.',
        'Herrn Dieter Vogt aus dem Erlenring haben wir zurückgerufen.',
      ],
    },
    no: {
      de: [
        'Herr Koller, wir melden uns morgen bei Ihnen.',
        'Frau Haas, danke für Ihre Nachricht!',
        'Unser Laden in der Lindenstraße hat heute bis 20 Uhr offen.',
        'Sie finden uns am Kirchplatz gleich neben der Apotheke.',
        'Liebe Frau Lang, schön, dass Sie wieder da waren.',
      ],
    },
  },
  'a half price or a coffee for a better rating': {
    id: 'incentive',
    platform: 'google',
    yes: {
      hu: [
        'Ha 5 csillagra javítja az értékelését, a következő manikűr féláron lesz.',
        'Módosítsa az értékelését, és meghívjuk egy kávéra.',
        'Öt csillagért legközelebb egy kávé a miénk.',
        'Ha átírja a véleményét, vendégül látjuk egy ebédre.',
        'Aki 5 csillagot ad, fél áron kapja a következő mosást.',
      ],
    },
    no: {
      hu: [
        'Hétfőnként féláron van a hajvágás.',
        'Legközelebb meghívjuk egy kávéra, sajnáljuk a várakozást.',
        'Köszönjük az 5 csillagot, örülünk, hogy ízlett!',
        'A kávé most új pörkölésből készül.',
        'Szívesen vendégül látjuk a születésnapi társaságot is.',
      ],
    },
  },
  'deleting one’s own old prices or hours is no claim about a review': {
    id: 'impossible-claim',
    platform: 'google',
    yes: {
      tr: [
        'Yorumunuzu sildik, bir daha görmeyeceksiniz.',
        'O değerlendirme kaldırıldı.',
        'Yorumu Google’dan sildirdik.',
        'Hakaret içeren yorumlar silinecek.',
        'Şikâyetinizi kaldırdık.',
      ],
      hu: [
        'Az értékelését töröltük.',
        'A hozzászólást eltávolítottuk.',
        'A kommentet levettük.',
        'A sértő véleményeket töröljük.',
        'Töröltettük a Google-ről a hamis értékelést.',
      ],
    },
    no: {
      tr: [
        'Haklısınız, menüdeki eski fiyatları web sitemizden sildik.',
        'Fazla çekilen tutarı faturanızdan sildik.',
        'Tükenen ürünleri listemizden kaldırdık.',
        'Sepetinizdeki hatalı kalemi kaldırdık.',
        'Ek ücreti hesabınızdan sildik.',
      ],
      hu: [
        'Igaza van, a régi időpontokat töröltük.',
        'A régi árlistát levettük a honlapról.',
        'A hibás tételt töröltük a számlájáról.',
        'A kosárból a dupla terméket eltávolítottuk.',
        'A téli nyitvatartást levettük az ajtóról.',
      ],
    },
  },
  'a first name with blame or training words': {
    id: 'staff-name',
    platform: 'facebook',
    yes: {
      en: [
        'Sorry about the colour! Megan is still in training and mixed it wrong.',
        'We apologise. Tom is new here and got your order wrong.',
        'Thanks for telling us. Priya made a mistake with the booking.',
        'Jake messed up your fade, we are very sorry.',
        'Apologies, Daniel was at fault and has been told.',
        'So sorry! Lucy is only an apprentice, we will sort it.',
      ],
      de: [
        'Entschuldigung, Lena ist noch in der Ausbildung.',
        'Das tut uns leid. Jonas hat sich leider vertan.',
        'Tim hat einen Fehler gemacht, wir bitten um Nachsicht.',
        'Leider war Sarah schuld, sie ist noch neu bei uns.',
        'Wir bedauern das. Mia ist erst Azubi.',
        'Verzeihung, Kevin hat da Mist gebaut.',
      ],
      tr: [
        'Özür dileriz, Elif henüz eğitimde.',
        'Kusura bakmayın, Mert siparişinizi karıştırdı.',
        'Burak hata yaptı, kendisiyle konuştuk.',
        'Zeynep Hanım randevunuzu unuttu, çok üzgünüz.',
        'Emre işin başında, bu yüzden yanlış kesti.',
        'Can yanlış anladı, tekrar özür dileriz.',
      ],
      hu: [
        'Elnézést, Dóra még tanuló, ő festette a hajat.',
        'Sajnáljuk, Bence hibázott a rendelésnél.',
        'Szabó Petra kolléganőnk elrontotta a foglalást.',
        'Kata gyakornok, ezért történt a hiba.',
        'Sajnos Gergő elfelejtette felírni a rendelést.',
        'Bocsánat, Nagy Lili munkatársnőnk tévedett.',
      ],
    },
    no: {
      en: [
        'We are still in training on the new till, sorry for the wait.',
        'Sorry, we made a mistake with your order.',
        'Our system got it wrong, and we have fixed it.',
        'Google made a mistake with our opening hours.',
        'Thank you, Sarah! We got it wrong and we are sorry.',
        'Everyone makes mistakes, and this one was ours.',
      ],
      de: [
        'Das System hat einen Fehler gemacht, wir haben es behoben.',
        'Unsere Kasse hat sich vertan, das Geld ist zurück.',
        'Das Menü ist neu, probieren Sie es gern.',
        'Wir haben einen Fehler gemacht und bitten um Entschuldigung.',
        'Leider hat das Terminsystem Ihre Buchung verloren.',
        'Der Fehler war unser, nicht Ihrer.',
      ],
      tr: [
        'Sistem hata yaptı, düzelttik.',
        'Biz hata yaptık, özür dileriz.',
        'Kargo siparişinizi karıştırdı, yenisini gönderdik.',
        'Maalesef yanlış anlaşılma oldu.',
        'Ekibimiz yeni menüyü öğreniyor.',
        'Makine bozuldu, çok üzgünüz.',
      ],
      hu: [
        'Sajnos hibáztunk, elnézést kérünk.',
        'Rendszerünk hibázott, már javítottuk.',
        'Az időpontot mi rontottuk el, elnézést.',
        'Köszönjük a türelmét, a hibát kijavítottuk.',
        'Új kollégáink még tanulják a rendszert.',
        'Futár tévedett a címmel, újra küldjük.',
      ],
    },
  },
  'a review "had removed" where the business cannot remove it': {
    id: 'impossible-claim',
    platform: 'google',
    yes: {
      en: [
        'We reported this and had it removed.',
        "We've had this review taken down.",
        'We got it removed because it was fake.',
        'This review was removed at our request.',
        'We have had the comment deleted.',
      ],
      de: [
        'Wir haben die Bewertung bei Google melden und löschen lassen.',
        'Diese Rezension haben wir entfernen lassen.',
        'Wir ließen den Kommentar sofort löschen.',
        'Ich habe das bei Google gemeldet und die Bewertung löschen lassen.',
        'Wir haben diesen Beitrag sperren lassen.',
      ],
      tr: [
        "Yorumunuzu Google'a bildirip kaldırttık.",
        'Bu yorumu sildirttik.',
        'Yorumun kaldırılmasını sağladık.',
        'Değerlendirmeyi sildireceğiz.',
        'Bu yorumu kaldırtacağız.',
      ],
      hu: [
        'Jelentettük és töröltettük az értékelést.',
        'Az értékelést eltávolíttattam.',
        'A hozzászólást levetettük.',
        'Ezt a véleményt töröltetjük.',
        'Töröltettem a kommentet.',
      ],
    },
    no: {
      en: [
        'We have reported this review to Google.',
        'We cannot remove reviews, but we would like to talk.',
        'Please call us so we can put it right.',
        'We removed the item from your bill.',
        'The stain was removed free of charge.',
      ],
      de: [
        'Wir haben die Bewertung bei Google gemeldet.',
        'Bewertungen können wir nicht löschen.',
        'Wir haben die Rechnung korrigieren lassen.',
        'Den Fleck haben wir gratis entfernen lassen, hoffen wir.',
        'Bitte melden Sie sich bei uns.',
      ],
      tr: [
        "Yorumu Google'a bildirdik.",
        'Yorumları silemiyoruz, ama konuşmak isteriz.',
        'Lekeyi ücretsiz çıkardık.',
        'Faturanızı düzelttik.',
        'Lütfen bizi arayın.',
      ],
      hu: [
        'Jelentettük az értékelést a Google-nek.',
        'Értékelést nem tudunk törölni.',
        'A foltot ingyen kivettük.',
        'A számlát kijavítottuk.',
        'Kérjük, hívjon minket.',
      ],
    },
  },
  'looking the customer up in the records': {
    id: 'records',
    platform: 'facebook',
    yes: {
      en: [
        'According to our booking system you never came in.',
        'Our records show you cancelled twice.',
        'We checked our till and there is no such sale.',
        'There is no booking under your name.',
        'We can’t find any order from you.',
      ],
      de: [
        'Laut unserem Kassensystem waren Sie nie hier.',
        'In unserer Kartei steht etwas anderes.',
        'Wir finden keine Buchung unter Ihrem Namen.',
        'Unser Kalender zeigt keinen Termin für Sie.',
        'Sie waren nie bei uns.',
      ],
      tr: [
        'Kayıtlarımıza göre hiç gelmediniz.',
        'Randevu sistemimizde adınıza kayıt yok.',
        'Adınıza kayıtlı bir sipariş bulamadık.',
        'Kasa kayıtlarında böyle bir satış görünmüyor.',
        'Hiç bize gelmediniz.',
      ],
      hu: [
        'A kartonja szerint csak tisztítás volt.',
        'Megnéztük a naptárunkat, nem volt időpontja.',
        'Az Ön nevére nincs foglalás.',
        'A nyilvántartásunk szerint nem járt nálunk.',
        'Nem találunk ilyen rendelést.',
        'A te neveden semmi nem szerepel.',
      ],
    },
    no: {
      en: [
        'Please send us a message so we can look into it.',
        'We keep no details in public replies.',
        'Thanks for visiting us last week!',
        'Our opening hours are on the website.',
        'We would like to hear more, please call the shop.',
      ],
      de: [
        'Bitte schreiben Sie uns eine Nachricht.',
        'Danke für Ihren Besuch!',
        'Unsere Öffnungszeiten stehen auf der Website.',
        'Wir möchten das gern klären, rufen Sie uns an.',
        'Schön, dass es Ihnen gefallen hat.',
      ],
      tr: [
        'Lütfen bize mesaj gönderin.',
        'Ziyaretiniz için teşekkürler!',
        'Çalışma saatlerimiz web sitemizde.',
        'Bunu konuşmak isteriz, lütfen arayın.',
        'Beğendiğinize sevindik.',
      ],
      hu: [
        'Kérjük, írjon nekünk üzenetet.',
        'Köszönjük a látogatást!',
        'A nyitvatartás a honlapon van.',
        'Szeretnénk megbeszélni, hívjon minket.',
        'Örülünk, hogy ízlett.',
      ],
    },
  },
  'a reward for a better rating': {
    id: 'incentive',
    platform: 'google',
    yes: {
      en: [
        'If you change it to 5 stars, your next coffee is on us.',
        "Update your review to five stars and the next round's on the house.",
        'Make it 5 stars and dessert is on us.',
        "Change your rating to 5 stars and we'll buy you lunch.",
        'Edit your review to 5 stars for a free haircut.',
      ],
      de: [
        'Wenn Sie auf 5 Sterne ändern, geht der nächste Kaffee auf uns.',
        'Für 5 Sterne spendieren wir Ihnen ein Dessert.',
        'Ändern Sie die Bewertung auf 5 Sterne, dann geht es aufs Haus.',
        'Bei 5 Sternen geben wir eine Runde aus.',
        'Ändere deine Bewertung auf fünf Sterne und der nächste Schnitt geht auf unsere Kosten.',
      ],
      tr: [
        '5 yıldıza çevirirseniz bir sonraki kahve bizden.',
        'Yorumu 5 yıldız yaparsanız tatlı ikramımız olsun.',
        '5 yıldız verirsen sana bir çay ısmarlarız.',
        'Puanı 5 yıldıza yükseltirseniz yemek bizden.',
        'Yorumunuzu 5 yıldızla güncellerseniz hediye kahve verelim.',
      ],
      hu: [
        'Ha átírja 5 csillagra, a következő kávé a miénk.',
        'Öt csillagért a desszertet mi álljuk.',
        'Ha 5 csillagra módosítod, a vacsorát mi fizetjük.',
        'Írd át 5 csillagra, és a következő hajvágás a ház ajándéka.',
        'Egy 5 csillagos értékelésért kap egy ingyen kávét.',
      ],
    },
    no: {
      en: [
        'Thank you for the five stars, see you soon!',
        'The coffee is on us next time you visit, sorry about the wait.',
        'Thanks for the 5-star review!',
        'We are glad you enjoyed the free cake.',
        'Your review helps us improve, thank you.',
      ],
      de: [
        'Danke für die 5 Sterne!',
        'Der nächste Kaffee geht auf uns, tut uns leid wegen der Wartezeit.',
        'Schön, dass Ihnen das Dessert geschmeckt hat.',
        'Ihre Bewertung hilft uns, danke.',
        'Wir freuen uns auf Ihren nächsten Besuch.',
      ],
      tr: [
        '5 yıldız için çok teşekkürler!',
        'Beklettiğimiz için bir sonraki kahve bizden.',
        'Yorumunuz bizim için çok değerli.',
        'Tatlıyı beğenmenize sevindik.',
        'Tekrar görüşmek üzere.',
      ],
      hu: [
        'Köszönjük az 5 csillagot!',
        'A várakozásért a következő kávé a miénk.',
        'Örülünk, hogy ízlett a desszert.',
        'Köszönjük az értékelést.',
        'Várjuk vissza szeretettel.',
      ],
    },
  },
  'a salutation is not personal data (a number the customer gave is)': {
    id: 'personal-data',
    platform: 'facebook',
    yes: {
      en: [
        'Dear Mrs Jones, we will call you on 07700 900123 this afternoon.',
        'Hi Mr Khan, your order 558812 is on its way.',
        'Ms Lee, we sent the voucher to lee.anna@example.com today.',
        'Dear Mr Brown, the parcel went to 14 Oak Road yesterday.',
        'Hello Mrs Smith, we tried 07700 900456 twice today.',
      ],
      de: [
        'Hallo Frau Becker, wir rufen Sie heute unter 0171 4432198 an.',
        'Lieber Herr Kaya, Ihre Bestellnummer 88231 ist unterwegs.',
        'Sehr geehrte Frau Lang, die Gutschrift ging an a.lang@example.de.',
        'Guten Tag Herr Braun, das Paket ging heute an die Gartenstraße 12.',
        'Liebe Frau Öztürk, wir haben Sie unter 0157 2290 4418 nicht erreicht.',
      ],
      tr: [
        'Ayşe Hanım, sizi bugün 0532 418 27 63 numaralı telefonunuzdan arayacağız.',
        'Sayın Ali Demir, 0535 271 44 90 numaranızdan size ulaşamadık.',
        'Mehmet Bey, siparişiniz #48213 kargoya verildi.',
        'Sayın Selin Kaya, iade kodunuzu selin.kaya@example.com adresinize gönderdik.',
        'Fatma Hanım, Gül Sokak No: 5/3 adresinize teslim edildi.',
      ],
      hu: [
        'Kedves Tóth Anna, a 06 30 418 2297-es számán kerestük.',
        'Tisztelt Kovács Úr, a 2024/1187-es számú rendelése úton van.',
        'Kedves Nagy Andrea, a jóváírást az andrea.nagy@example.hu címre küldtük.',
        'Kedves Szabó Úr, a csomagot a Kossuth utca 12. alá vittük.',
        'Tisztelt Molnár Hölgy, a +36 20 318 5521 számon nem értük el.',
      ],
    },
    no: {
      en: [
        'Dear Mrs Jones, we have a free slot on Tuesday 15 December at 10:30.',
        'Hi Mr Khan, thank you for your kind words on 3 May.',
        'Hello Ms Lee, we open at 9 on Saturday.',
        'Dear Mr Brown, we would love to see you again in 2027.',
        'Mrs Smith, thank you! See you on the 12th.',
      ],
      de: [
        'Hallo Frau Becker, wir hätten am Dienstag, 15.12., um 10:30 Uhr noch einen Termin frei.',
        'Lieber Herr Kaya, danke für Ihren Besuch am 3. Mai!',
        'Sehr geehrte Frau Lang, wir öffnen am Samstag um 9 Uhr.',
        'Guten Tag Herr Braun, Ihr Termin am 12.01. um 14 Uhr steht.',
        'Frau Öztürk, herzlichen Dank für 5 Sterne!',
      ],
      tr: [
        'Ayşe Hanım, 15 Aralık Salı 10:30’da boş randevumuz var.',
        'Sayın Ali Demir, 3 Mayıs’taki ziyaretiniz için teşekkürler.',
        'Mehmet Bey, cumartesi 09:00’da açığız.',
        'Sayın Selin Kaya, 12 Ocak randevunuz onaylandı.',
        'Fatma Hanım, 5 yıldız için teşekkürler!',
      ],
      hu: [
        'Kedves Tóth Úr, december 15-én, kedden 10:30-kor lenne szabad időpontunk.',
        'Tisztelt Kovács Anna, köszönjük a május 3-i látogatást!',
        'Kedves Nagy Hölgy, szombaton 9-kor nyitunk.',
        'Kedves Szabó Péter, a január 12-i időpontja rendben van.',
        'Tisztelt Molnár Úr, köszönjük az 5 csillagot!',
      ],
    },
  },
  'a farewell is not an undated promise (a promise without a date is)': {
    id: 'no-date',
    platform: 'facebook',
    yes: {
      en: [
        "We'll get back to you.",
        'We will look into it.',
        'Someone will be in touch.',
        "We're looking into it.",
        'We will sort it out for you.',
      ],
      de: [
        'Wir melden uns bald.',
        'Wir kümmern uns zeitnah darum.',
        'Wir werden das prüfen.',
        'Sie hören von uns.',
        'Wir melden uns bei Ihnen.',
      ],
      tr: [
        'Size döneceğiz.',
        'En kısa sürede ilgileneceğiz.',
        'Yakında sizi arayacağız.',
        'Konuyu inceleyeceğiz.',
        'İadeniz yapılacak.',
      ],
      hu: [
        'Hamarosan jelentkezünk.',
        'Visszahívjuk.',
        'Utánanézünk és értesítjük.',
        'Mielőbb megoldjuk.',
        'Kivizsgáljuk az esetet.',
      ],
    },
    no: {
      en: [
        'Thank you so much, see you soon!',
        'Thanks for coming in, see you soon 💛',
        'Lovely to have you, see you again soon.',
        'Thanks, Anna! Hope to see you soon.',
        'Take care and see you soon.',
      ],
      de: [
        'Danke dir, bis bald 💛',
        'Vielen Dank und bis bald!',
        'Schön, dass Sie da waren, bis bald.',
        'Danke für die lieben Worte, bis bald im Salon!',
        'Herzlichen Dank, bis ganz bald.',
      ],
      tr: [
        'Teşekkürler, görüşmek üzere!',
        'Yakında görüşmek üzere 💛',
        'Ziyaretiniz için teşekkürler, yakında görüşmek üzere.',
        'Tekrar bekleriz, görüşmek üzere.',
        'Çok teşekkürler, yakında görüşmek dileğiyle.',
      ],
      hu: [
        'Köszönjük, hamarosan találkozunk!',
        'Köszönjük szépen, hamarosan találkozunk 💛',
        'Várjuk vissza, hamarosan találkozunk.',
        'Köszönjük a kedves szavakat, hamarosan találkozunk.',
        'Örülünk, hogy itt volt, hamarosan találkozunk!',
      ],
    },
  },
  'a greeting to all patients is not health data (one patient’s care is)': {
    id: 'health',
    platform: 'facebook',
    yes: {
      en: [
        'As one of our patients, you know the filling can take a week to settle.',
        'Your root canal went well.',
        'The crown on your molar is fine.',
        'Your treatment plan is on file.',
        'The infection should clear with the antibiotics.',
      ],
      de: [
        'Ihre Wurzelbehandlung ist gut verlaufen.',
        'Als unsere Patientin wissen Sie, dass die Füllung Zeit braucht.',
        'Die Entzündung heilt mit dem Antibiotikum ab.',
        'Ihr Röntgenbild zeigt nichts Auffälliges.',
        'Nach der Operation sind Schmerzen normal.',
      ],
      tr: [
        'Hastamız olarak dolgunun oturması zaman alır.',
        'Kanal tedaviniz başarılı geçti.',
        'Antibiyotik iltihabı geçirecektir.',
        'Röntgeninizde sorun yok.',
        'Ameliyattan sonra ağrı normaldir.',
      ],
      hu: [
        'Páciensünkként tudja, hogy a tömés ideje kell.',
        'A gyökérkezelése rendben lezajlott.',
        'Az antibiotikum után elmúlik a gyulladás.',
        'A röntgen nem mutatott semmit.',
        'A műtét után a fájdalom normális.',
      ],
    },
    no: {
      en: [
        "We can't discuss any patient's care online, please call us.",
        'Dear patients, we are closed on 24 December.',
        'To all our patients: new opening hours from Monday.',
        'Hello patients, parking is free from today.',
        'We never discuss a patient in public, please ring the practice.',
      ],
      de: [
        'Liebe Patientinnen und Patienten, ab 2. Januar gelten neue Zeiten.',
        'Für alle Patienten gibt es jetzt Parkplätze.',
        'Neue Patienten sind willkommen.',
        'Aus Datenschutzgründen äußern wir uns nicht zu Patienten.',
        'Liebe Patienten, am 24.12. ist geschlossen.',
      ],
      tr: [
        "Sayın hastalarımız, 1 Ocak'tan itibaren cumartesi de açığız.",
        'Değerli hastalarımız, otopark artık ücretsiz.',
        'Tüm hastalarımıza iyi bayramlar dileriz.',
        'Yeni hastalar kabul ediyoruz.',
        'Sevgili hastalarımız, 24 Aralık’ta kapalıyız.',
      ],
      hu: [
        'Kedves Pácienseink! Január 2-től új rendelési idő.',
        'Tisztelt Betegeink! December 24-én zárva vagyunk.',
        'Új pácienseket is fogadunk.',
        'Minden páciensünket szeretettel várjuk.',
        'Kedves Betegeink, a parkolás ingyenes.',
      ],
    },
  },
  // Found missing or over-eager by a fourth held-out set, written apart from it.
  'a staff member’s own number; the writer’s own direct line is not': {
    id: 'personal-data',
    platform: 'google',
    yes: {
      en: [
        'Ring our installer Dave directly on 07700 900456 and he will sort it.',
        'Call our engineer Tom on 07700 900123, he knows the job.',
        'Phone our driver Sam on 07700 900789 about the delivery.',
        'Text our plumber Jack on 07700 900321 for the part.',
        'Contact our technician Ana on 07700 900654 directly.',
      ],
      de: [
        'Lieber Herr Wagner, Ihre Nummer 0171 0123456 haben wir notiert.',
        'Frau Kaya, wir haben Ihre 0172 9876543 an den Monteur gegeben.',
        'Herr Brandt hat uns von der 0160 1112223 aus angerufen.',
        'Die Nummer von Frau Lenz ist 0151 4445556.',
        'Kundin Schulz, Tel. 0176 7778889, hat das bestätigt.',
      ],
      hu: [
        'A vendég telefonszáma 06 30 555 1215 volt.',
        'Anna címe Fő utca 3, telefonja 06 30 555 1216.',
        'Kovács úr a 06 30 555 1217-es számról írt.',
        'A panaszos 06 20 555 1218 számon érhető el.',
        'Az ügyfél mobilja: 06 70 555 1219.',
      ],
    },
    no: {
      en: [
        'Please call me directly on 01632 960481. Helen Ward, General Manager',
        'Ring our team on 01632 960000 any time.',
        'Email me at manager@hotel.example and I will look into it. Helen, Manager',
        'You can reach me on 01632 960482. Tom, owner',
        'Call us on 01632 960000.',
      ],
      de: [
        'Ich würde das gern persönlich mit Ihnen besprechen: 089 99998310 oder rezeption@hotel.example.',
        'Rufen Sie mich gern an: 089 99998311.',
        'Ich möchte das mit Ihnen klären, 089 99998312.',
        'Erreichen Sie mich direkt, 089 99998313. Andrea Huber, Direktorin',
        'Gern mit dir sprechen, ruf an: 089 99998314.',
      ],
      hu: [
        'December 24–26. között ügyeletet tartunk: 06 30 555 1212.',
        'Ügyeleti számunk hétvégén: 06 30 555 1213.',
        'Sürgős esetben ügyelet: 06 30 555 1220.',
        'Hívjon minket: 06 30 555 1221.',
        'Az ügyeletes orvos a 06 30 555 1222 számon elérhető.',
      ],
    },
  },
  'a carrier’s delivery record or a visit with its date, quoted': {
    id: 'records',
    platform: 'google',
    yes: {
      en: [
        'we checked and you were seen by Dr Patel on 3 March',
        'You were treated here on 12 May by our nurse.',
        'you were in on the 4th and paid in full',
        'you were here on 2 June, table 4',
        'You were served at 8pm by the bar staff.',
      ],
      de: [
        'Laut DHL wurde das Paket am Montag zugestellt.',
        'Laut Sendungsverfolgung ist die Ware angekommen.',
        'laut DPD liegt das Paket beim Nachbarn',
        'Laut der Post wurde es am 3.5. zugestellt.',
        'Laut Hermes wurde die Sendung abgegeben.',
      ],
    },
    no: {
      en: [
        'you were right to flag it',
        'If you were in on Saturday, thank you for visiting',
        'you were seen as a priority, as every guest is',
        'you were here at the weekend?',
        'Thank you, you were in good hands',
      ],
      de: [
        'Wir versenden mit DHL, die Lieferung dauert 2 Tage.',
        'Laut unserer Website liefern wir in 2 Tagen.',
        'Die Post war diese Woche langsam, tut uns leid.',
        'Laut Wetterbericht wird es sonnig, die Terrasse ist offen.',
        'Laut Gesetz dürfen wir das nicht.',
      ],
    },
  },
  'a doctor or a first name tied to the incident': {
    id: 'staff-name',
    platform: 'facebook',
    yes: {
      en: [
        'Ryan was on the till Saturday and he is new.',
        'Sorry, Megan was on the desk that morning.',
        'Tom was behind the bar when it happened.',
        'Ring our installer Dave on Monday.',
        'Our engineer Sam will call you.',
      ],
      de: [
        'Sie waren bei Dr. Hartmann zur Kontrolle.',
        'Der Kevin hatte am Samstag seinen ersten Tag an der Theke.',
        'Die Lisa hatte Dienst, wir haben mit ihr gesprochen.',
        'Der Jonas war neu, wir haben schon mit ihm geredet.',
        'Ihr Termin war bei Doktor Berger.',
      ],
    },
    no: {
      en: [
        'Nobody was on the till for a minute, sorry.',
        'There was a queue at the counter.',
        'The manager was at the door all night.',
        'Saturday was on the quiet side.',
        'Sorry, the parking is at the back.',
      ],
      de: [
        'Herzlichen Dank, Frau Dr. Albrecht, für die Einladung.',
        'Sehr geehrter Herr Dr. Weber, danke für Ihr Lob.',
        'Der Laden hatte am Samstag zu.',
        'Die Küche war neu, wir haben mit ihr viel vor.',
        'Der Montag hatte seinen ersten Schnee.',
      ],
    },
  },
  'a free drink for taking the review down': {
    id: 'incentive',
    platform: 'google',
    yes: {
      de: [
        'Ein Freigetränk aufs Haus, wenn du die Bewertung wieder rausnimmst.',
        'Kaffee gratis, wenn Sie den Kommentar rausnehmen.',
        'Ein Gutschein für Sie, wenn die Bewertung runtergenommen wird.',
        'Nachtisch aufs Haus, wenn ihr den Beitrag rausnehmt.',
        '10 % Rabatt, wenn Sie die Bewertung rausnehmen.',
      ],
    },
    no: {
      de: [
        'Nimm den Kuchen ruhig raus, wenn er fertig ist.',
        'Wir nehmen den Kommentar ernst, danke.',
        'Gutschein gibt es an der Kasse, danke für die Bewertung.',
        'Die Bewertung rausnehmen können nur Sie selbst.',
        'Freigetränk zum Geburtstag, einfach an der Theke melden.',
      ],
    },
  },
  'a vet’s four-legged patients are no health data': {
    id: 'health',
    platform: 'google',
    yes: {
      de: [
        'Ihre Behandlung bei uns war am Montag.',
        'Sie waren wegen Ihrer Wurzelbehandlung hier.',
        'Als Patientin wissen Sie, dass das dauert.',
        'Ihre Schmerzen nach der Spritze tun uns leid.',
        'Die Therapie bei uns haben Sie abgebrochen.',
      ],
    },
    no: {
      de: [
        'Vierbeinige Patienten sind willkommen, offene Sprechstunde Mo–Fr 8–10 Uhr.',
        'Unsere vierbeinigen Patienten bekommen nach der Behandlung ein Leckerli.',
        'Vierbeinige Patienten warten im eigenen Wartebereich.',
        'Für vierbeinige Patienten gibt es Wasser am Eingang.',
        'Danke! Vierbeinige Patienten und ihre Menschen sind uns immer willkommen.',
      ],
    },
  },
};

const locales: Locale[] = ['en', 'de', 'tr', 'hu'];
const ids = (locale: Locale, text: string, platform: string) =>
  checkReply({ text, platform, locale }, replyData(locale)).map((w) => w.id);

for (const [name, f] of Object.entries(families))
  describe(`${name} (${f.id})`, () => {
    for (const locale of locales) {
      // A family found missing in some languages only is written for those.
      if (!f.yes[locale]) continue;
      it.each(f.yes[locale])(`${locale}: warns: %s`, (text) => {
        expect(ids(locale, text, f.platform)).toContain(f.id);
      });
      it.each(f.no[locale] ?? [])(`${locale}: no warning: %s`, (text) => {
        expect(ids(locale, text, f.platform)).not.toContain(f.id);
      });
    }
  });
