/**
 * The example cards shipped with the toolkit: original Dutch texts written for this project
 * (no KIES handbook text). Coaches duplicate and adapt them. Keep `exampleId` stable forever;
 * raise `version` when a text changes.
 */
import type { ExampleCard } from './types';

type Draft = Pick<
	ExampleCard,
	'exampleId' | 'title' | 'summary' | 'ageBands' | 'phase' | 'themes' | 'kind' | 'minutes' | 'steps'
> &
	Partial<ExampleCard>;

function example(draft: Draft): ExampleCard {
	return {
		version: 1,
		groupSizeMin: 4,
		groupSizeMax: 10,
		materials: [],
		preparation: '',
		goals: [],
		variationYounger: '',
		variationOlder: '',
		tips: '',
		attention: '',
		worksheet: null,
		...draft
	};
}

export const EXAMPLE_CARDS: readonly ExampleCard[] = [
	// ---------- 4-6 jaar ----------
	example({
		exampleId: 'knuffel-zegt-hallo',
		title: 'Knuffel zegt hallo',
		summary:
			'Een knuffel gaat de kring rond. Wie hem vasthoudt, zegt zijn naam en iets wat hij fijn vindt.',
		ageBands: ['4-6'],
		phase: 'opening',
		themes: ['getting-to-know'],
		kind: 'game',
		minutes: 10,
		groupSizeMax: 8,
		materials: [{ name: 'zachte knuffel', amount: 1, per: 'group' }],
		goals: ['Elkaars naam leren', 'Veilig beginnen: iedereen komt één keer aan het woord'],
		steps: [
			'Ga met de kinderen in een kring zitten, op de grond of op stoeltjes.',
			'Stel de knuffel voor: "Dit is Teun. Teun wil jullie graag leren kennen."',
			'Laat Teun zelf beginnen: de coach zegt met een knuffelstem haar eigen naam en wat ze lekker vindt.',
			'Geef Teun door. Wie hem vasthoudt, zegt: "Ik heet … en ik vind … fijn."',
			'Sluit af door samen alle namen te noemen terwijl Teun nog één rondje maakt.'
		],
		variationOlder: 'Laat kinderen ook de naam van het kind vóór hen herhalen.',
		tips: 'Gebruik elke bijeenkomst dezelfde knuffel: het wordt een vast begroetingsritueel.',
		attention:
			'Een kind dat niets wil zeggen, mag de knuffel alleen even vasthouden en doorgeven. Dat is ook meedoen.'
	}),
	example({
		exampleId: 'gezichtjes-kiezen',
		title: 'Welk gezichtje past bij jou?',
		summary:
			'Kinderen kiezen een plaatje met een blij, boos, bang of verdrietig gezicht dat past bij hoe ze zich vandaag voelen.',
		ageBands: ['4-6'],
		phase: 'opening',
		themes: ['feelings'],
		kind: 'conversation',
		minutes: 10,
		groupSizeMax: 8,
		materials: [
			{ name: 'set gevoelsgezichtjes (blij, boos, bang, verdrietig, moe)', amount: 1, per: 'group' }
		],
		preparation: 'Print of teken vijf grote gezichtjes en leg ze in het midden van de kring.',
		goals: ['Gevoelens herkennen en benoemen', 'Laten zien dat alle gevoelens er mogen zijn'],
		steps: [
			'Leg de gezichtjes in het midden en benoem ze samen: "Hoe kijkt dit gezicht? Wanneer kijk jij zo?"',
			'Vraag ieder kind om het gezichtje te pakken dat past bij hoe het zich nu voelt.',
			'Laat het kind, als het wil, één zin vertellen: "Ik voel me … omdat …"',
			'Leg de gezichtjes terug en zeg hardop dat alle gezichtjes goed zijn.'
		],
		tips: 'Doe zelf ook mee en kies eerlijk, bijvoorbeeld "een beetje moe".',
		attention:
			'Kiest een kind elke week het bange of verdrietige gezichtje, noteer het en bespreek het met je collega-coach.'
	}),
	example({
		exampleId: 'beweeg-je-gevoel',
		title: 'Loop als een boze beer',
		summary:
			'Bewegingsspel zonder materiaal: kinderen lopen door de ruimte zoals blij, boos, bang of verdrietig voelt.',
		ageBands: ['4-6'],
		phase: 'now',
		themes: ['feelings'],
		kind: 'movement',
		minutes: 10,
		groupSizeMax: 8,
		goals: ['Ervaren dat je een gevoel in je lijf voelt', 'Gevoelens een naam geven'],
		steps: [
			'Laat de kinderen vrij door de ruimte lopen.',
			'Roep een gevoel met een dier: "Loop als een boze beer!", "Loop als een bang muisje!", "Huppel als een blij konijn!"',
			'Roep tussendoor "Bevriezen!" en vraag: "Waar in je lijf voel je dat boze?"',
			'Eindig met "Loop als een rustige schildpad" zodat iedereen weer kalm wordt.',
			'Ga zitten en vraag: "Welk dier was jij vandaag het liefst?"'
		],
		variationOlder: 'Laat de kinderen zelf een dier en een gevoel bedenken voor de anderen.',
		tips: 'Maak de ruimte vooraf vrij van stoelen en tafels.',
		attention:
			'Sommige kinderen worden druk van het boze dier. Houd het kort en sluit altijd rustig af.'
	}),
	example({
		exampleId: 'huis-van-vroeger',
		title: 'Het huis van vroeger',
		summary:
			'Kinderen tekenen het huis waar ze woonden toen papa en mama nog samen waren, en vertellen wie daar woonden.',
		ageBands: ['4-6', '7-12'],
		phase: 'before',
		themes: ['changes'],
		kind: 'creative',
		minutes: 20,
		groupSizeMax: 10,
		materials: [
			{ name: 'werkblad of A4-papier', amount: 1, per: 'child' },
			{ name: 'doos waskrijtjes of kleurpotloden', amount: 1, per: 'group' }
		],
		goals: ['Stilstaan bij hoe het vroeger was', 'Herinneringen mogen delen, mooie en moeilijke'],
		steps: [
			'Vertel dat iedereen vroeger ergens anders of op een andere manier woonde.',
			'Vraag de kinderen het huis van vroeger te tekenen, met de mensen en dieren die er woonden.',
			'Loop rond en vraag zacht: "Wie is dit? Wat deden jullie hier vaak?"',
			'Wie wil, laat zijn tekening in de kring zien en vertelt één ding over het huis.',
			'De tekening gaat in het werkmapje. Het kind bepaalt zelf aan wie het de tekening laat zien.'
		],
		variationOlder: 'Laat oudere kinderen er een plattegrond van maken met hun lievelingsplek.',
		attention:
			'Woonde een kind nooit met beide ouders samen, laat het dan een huis tekenen dat het zich herinnert van vroeger.',
		worksheet: {
			title: 'Mijn huis van vroeger',
			instruction: 'Teken het huis waar je vroeger woonde. Wie woonden er allemaal?',
			area: 'drawing'
		}
	}),
	example({
		exampleId: 'beer-bram-verhuist',
		title: 'Beer Bram heeft twee holen',
		summary:
			'De coach vertelt met een knuffelbeer een kort verhaal over een beertje dat voortaan bij papa beer en bij mama beer woont.',
		ageBands: ['4-6'],
		phase: 'before',
		themes: ['changes', 'two-homes'],
		kind: 'story',
		minutes: 15,
		groupSizeMax: 8,
		materials: [{ name: 'knuffelbeer', amount: 1, per: 'group' }],
		goals: [
			'Herkenning: andere kinderen maken dit ook mee',
			'Woorden geven aan wat er veranderd is'
		],
		steps: [
			'Vertel: Bram woonde met papa beer en mama beer in één grote hol. Op een dag zeiden ze dat ze niet meer samen in één hol gingen wonen.',
			'Vertel hoe Bram zich voelde: verdrietig, boos, en ook een beetje opgelucht omdat het brommen stopte.',
			'Vertel dat Bram nu twee holen heeft, met in elk hol een eigen bedje.',
			'Vraag na elk stukje: "Hoe zou Bram zich nu voelen? Ken jij dat ook?"',
			'Laat ieder kind Bram iets zeggen of een knuffel geven voordat hij weer gaat slapen.'
		],
		tips: 'Het verhaal is van jou: pas het aan aan wat je in de groep hoort, maar houd het over Bram.',
		attention:
			'Kinderen praten via de beer soms over thuis. Vraag door over Bram, niet over het kind, en noteer wat je opvalt.'
	}),
	example({
		exampleId: 'twee-huizen-tekenen',
		title: 'Mijn twee huizen',
		summary:
			'Op een blad met twee huizen tekenen kinderen wat er in elk huis is: hun bed, hun speelgoed, de mensen.',
		ageBands: ['4-6', '7-12'],
		phase: 'now',
		themes: ['two-homes'],
		kind: 'creative',
		minutes: 25,
		materials: [
			{ name: 'werkblad "Mijn twee huizen"', amount: 1, per: 'child' },
			{ name: 'doos kleurpotloden', amount: 1, per: 'group' }
		],
		preparation: 'Print het werkblad voor ieder kind.',
		goals: ['Laten zien hoe het nu is in beide huizen', 'Ervaren dat je in allebei thuis mag zijn'],
		steps: [
			'Vraag: "Wie heeft er twee huizen? Wie heeft één huis?" Alle antwoorden zijn goed.',
			'Laat de kinderen in elk huis tekenen wat daar van hen is.',
			'Vraag: "Wat is hetzelfde in allebei de huizen? Wat is anders?"',
			'Laat ieder kind een hartje tekenen bij iets wat hij fijn vindt in elk huis.'
		],
		variationOlder:
			'Laat kinderen er de regels van elk huis bij schrijven: bedtijd, schermtijd, eten.',
		attention:
			'Een kind dat een van de ouders niet (meer) ziet, tekent misschien maar één huis. Zeg dat dat goed is.',
		worksheet: {
			title: 'Mijn twee huizen',
			instruction:
				'Teken in elk huis wat daar van jou is. Zet een hartje bij iets wat je fijn vindt.',
			area: 'drawing'
		}
	}),
	example({
		exampleId: 'tas-inpakken',
		title: 'Wat gaat er mee in de tas?',
		summary:
			'Spel met een echte tas: kinderen kiezen wat ze meenemen als ze naar het andere huis gaan.',
		ageBands: ['4-6'],
		phase: 'now',
		themes: ['two-homes', 'changes'],
		kind: 'game',
		minutes: 15,
		groupSizeMax: 8,
		materials: [
			{ name: 'rugzak of weekendtas', amount: 1, per: 'group' },
			{
				name: 'spulletjes (knuffel, tandenborstel, boek, pyjama, tekening, speelgoedauto)',
				amount: 10,
				per: 'group'
			}
		],
		preparation: 'Leg de spulletjes in het midden van de kring.',
		goals: [
			'Praten over het wisselen tussen twee huizen',
			'Samen bedenken wat helpt bij het wisselen'
		],
		steps: [
			'Vertel dat de tas morgen naar het andere huis gaat.',
			'Ieder kind mag om de beurt één ding in de tas doen en zeggen waarom.',
			'Vraag: "Wat vergeet jij weleens? Wat doe je dan?"',
			'Haal alles eruit en vraag: "Wat moet er altijd mee? Wat mag in elk huis blijven?"'
		],
		tips: 'Er zijn geen foute antwoorden. Een knuffel die altijd meegaat, is voor veel kinderen het belangrijkste.',
		attention:
			'Let op kinderen die vertellen dat ze spullen niet mee mógen nemen. Vraag rustig door en bespreek het met je collega.'
	}),
	example({
		exampleId: 'schildpad-en-storm',
		title: 'De schildpad en de storm',
		summary:
			'Prentverhaal met een handpop: een schildpad kruipt in zijn schild als zijn ouders ruziemaken, en leert dat het niet zijn schuld is.',
		ageBands: ['4-6'],
		phase: 'now',
		themes: ['conflict', 'feelings'],
		kind: 'story',
		minutes: 15,
		groupSizeMax: 8,
		materials: [{ name: 'handpop of knuffel schildpad', amount: 1, per: 'group' }],
		goals: [
			'Begrijpen dat ruzie tussen ouders niet de schuld van het kind is',
			'Manieren vinden om je veilig te voelen'
		],
		steps: [
			'Laat de schildpad vertellen dat het soms stormt in zijn huis: papa en mama praten dan hard tegen elkaar.',
			'De schildpad kruipt in zijn schild. Vraag: "Wat doe jij als het thuis stormt?"',
			'De schildpad vraagt: "Is het mijn schuld?" Laat de kinderen hem antwoorden.',
			'Zeg samen met de schildpad: "Ruzie van grote mensen is nooit de schuld van een kind."',
			'Bedenk samen een plekje waar de schildpad (en jij) naartoe kan als het stormt.'
		],
		attention:
			'Vertelt een kind over slaan, gooien of bang zijn voor een ouder, neem dat serieus: noteer het letterlijk en volg de stappen van de meldcode met je collega.'
	}),
	example({
		exampleId: 'hart-van-twee-kleuren',
		title: 'Een hart met twee kleuren',
		summary:
			'Kinderen kleuren een groot hart voor papa en mama, en ontdekken dat er in één hart plek is voor allebei.',
		ageBands: ['4-6', '7-12'],
		phase: 'now',
		themes: ['loyalty'],
		kind: 'creative',
		minutes: 20,
		materials: [
			{ name: 'werkblad met een groot hart', amount: 1, per: 'child' },
			{ name: 'doos stiften', amount: 1, per: 'group' }
		],
		goals: [
			'Ervaren dat je van allebei je ouders mag houden',
			'Loyaliteit bespreekbaar maken zonder te hoeven kiezen'
		],
		steps: [
			'Vraag: "Van wie hou jij allemaal?" Laat de kinderen namen noemen.',
			'Geef ieder kind het hart. Kies een kleur voor papa en een kleur voor mama (of andere belangrijke mensen).',
			'Laat het hart inkleuren zoals het kind wil: strepen, stippen, helften, alles mag.',
			'Zeg: "Kijk, in één hart is plek voor iedereen. Je hoeft niet te kiezen."'
		],
		variationOlder: 'Oudere kinderen schrijven in het hart wat ze fijn vinden aan elke ouder.',
		attention:
			'Een kind dat één ouder helemaal weglaat, kan daar een goede reden voor hebben. Oordeel niet en vraag later alleen, rustig, hoe dat komt.',
		worksheet: {
			title: 'Mijn hart',
			instruction: 'Kleur het hart met een kleur voor iedereen van wie je houdt.',
			area: 'drawing'
		}
	}),
	example({
		exampleId: 'wie-woont-er-in-mijn-huis',
		title: 'Wie woont er in mijn huis?',
		summary:
			'Met poppetjes of blokjes zetten kinderen neer wie er in hun huis(en) wonen, ook nieuwe partners, broertjes en zusjes.',
		ageBands: ['4-6'],
		phase: 'now',
		themes: ['new-family'],
		kind: 'game',
		minutes: 20,
		groupSizeMax: 8,
		materials: [
			{ name: 'houten poppetjes of duplo-poppetjes', amount: 8, per: 'child' },
			{ name: 'vel papier als ondergrond', amount: 1, per: 'child' }
		],
		goals: [
			'Een beeld krijgen van het gezin van het kind',
			'Praten over nieuwe mensen in het gezin'
		],
		steps: [
			'Geef ieder kind poppetjes en een vel papier. Teken samen één of twee huizen op het vel.',
			'Laat het kind de poppetjes neerzetten: "Wie woont er in dit huis?"',
			'Vraag naar nieuwe mensen: "Is er iemand bij gekomen? Hoe is dat?"',
			'Vraag: "Wie staat er dicht bij jou? Wie wil je dichterbij zetten?"'
		],
		tips: 'Maak een foto van de opstelling als het kind dat wil, en print hem voor het werkmapje.',
		attention:
			'Let op wie er niet wordt neergezet en op kinderen die zichzelf buiten het huis zetten.'
	}),
	example({
		exampleId: 'sterrenstoel',
		title: 'De sterrenstoel',
		summary:
			'Om de beurt zit één kind op de sterrenstoel en hoort wat de anderen goed aan hem of haar vinden.',
		ageBands: ['4-6', '7-12'],
		phase: 'future',
		themes: ['own-qualities'],
		kind: 'game',
		minutes: 15,
		materials: [
			{ name: 'stoel met een ster of glitterdoek', amount: 1, per: 'group' },
			{ name: 'sticker ster', amount: 1, per: 'child' }
		],
		goals: ['Het zelfvertrouwen versterken', 'Leren complimenten geven en ontvangen'],
		steps: [
			'Zet de sterrenstoel in het midden en vertel dat wie daar zit een ster is.',
			'Eén kind gaat zitten. Twee of drie kinderen zeggen iets wat het kind goed kan of wat ze fijn vinden aan het kind.',
			'Het kind op de stoel zegt "dankjewel" en krijgt een ster-sticker.',
			'Zorg dat iedereen een keer op de stoel zit, ook de coaches als de kinderen dat willen.'
		],
		variationYounger: 'Help met voorbeelden: "Jij kunt goed … helpen / lachen / tekenen".',
		variationOlder: 'Het kind op de stoel noemt daarna zelf ook iets waar het trots op is.',
		tips: 'Schrijf de complimenten op een kaartje voor het werkmapje.',
		attention: 'Zorg dat elk kind evenveel complimenten krijgt; vul zelf aan als de groep stilvalt.'
	}),
	example({
		exampleId: 'mijn-hulphand',
		title: 'Mijn hulphand',
		summary:
			'Kinderen trekken hun hand om en tekenen op elke vinger iemand bij wie ze terechtkunnen.',
		ageBands: ['4-6', '7-12'],
		phase: 'future',
		themes: ['asking-help', 'trust'],
		kind: 'creative',
		minutes: 20,
		materials: [
			{ name: 'A4-papier', amount: 1, per: 'child' },
			{ name: 'doos stiften', amount: 1, per: 'group' }
		],
		goals: ['Weten bij wie je terechtkunt', 'Ervaren dat hulp vragen mag'],
		steps: [
			'Laat ieder kind zijn hand omtrekken op het papier.',
			'Vraag bij elke vinger: "Bij wie kun jij terecht als je verdrietig bent, als je iets wilt vertellen, als je bang bent?"',
			'Teken of schrijf op elke vinger één persoon: een ouder, opa, juf, vriendje, buurvrouw.',
			'Zeg samen: "Als het moeilijk is, mag je het aan iemand van je hand vertellen."'
		],
		variationOlder:
			'Voeg de Kindertelefoon (0800-0432) toe op de duim, voor als je met niemand kunt praten.',
		attention:
			'Een kind dat geen vijf mensen kan noemen, heeft misschien meer steun nodig. Bespreek het met je collega-coach.'
	}),
	example({
		exampleId: 'muisstil',
		title: 'Muisstil en ballonbuik',
		summary:
			'Korte ontspanning zonder materiaal: kinderen ademen langzaam in hun buik als een ballon en worden muisstil.',
		ageBands: ['4-6'],
		phase: 'closing',
		themes: ['feelings'],
		kind: 'relaxation',
		minutes: 5,
		groupSizeMax: 8,
		goals: ['Tot rust komen na een bijeenkomst', 'Een manier leren om jezelf te kalmeren'],
		steps: [
			'Laat de kinderen op hun rug liggen of rustig zitten, handen op hun buik.',
			'Adem in door je neus en blaas je buik op als een ballon. Tel tot drie.',
			'Laat de ballon langzaam leeglopen: sssss. Doe het vijf keer.',
			'Word nu muisstil. Wie hoort er iets? Fluister wat je hoort.'
		],
		tips: 'Dim het licht als dat kan, en praat zacht en langzaam.',
		attention: 'Laat kinderen die niet willen liggen gewoon zitten. Ogen dicht is nooit verplicht.'
	}),
	example({
		exampleId: 'zwaaikring',
		title: 'De zwaaikring',
		summary:
			'Vast afsluitritueel: in een kring zwaait iedereen om de beurt naar de groep en zegt wat hij meeneemt.',
		ageBands: ['4-6', '7-12'],
		phase: 'closing',
		themes: ['goodbye'],
		kind: 'movement',
		minutes: 5,
		goals: ['Een herkenbaar einde van elke bijeenkomst', 'Afscheid nemen oefenen'],
		steps: [
			'Ga in een kring staan en geef elkaar een hand.',
			'Eén kind zwaait naar de groep en zegt: "Ik neem mee dat …" of alleen "Doei!".',
			'De groep zwaait terug. Het volgende kind is aan de beurt.',
			'Tot slot zwaait iedereen tegelijk en roept: "Tot volgende week!"'
		],
		variationOlder: 'Laat oudere kinderen een eigen groetgebaar bedenken dat de groep overneemt.',
		tips: 'In de laatste bijeenkomst roep je niet "tot volgende week", maar laat je iedereen iets tegen de groep zeggen.',
		attention:
			'Let op kinderen die moeite hebben met afscheid: zij gaan misschien liever als eerste of juist als laatste.'
	}),
	example({
		exampleId: 'onze-groepsafspraken',
		title: 'Onze groepsafspraken',
		summary:
			'Samen maken de kinderen afspraken voor de groep, zoals: wat hier gezegd wordt, blijft hier.',
		ageBands: ['4-6', '7-12', '13-17'],
		phase: 'opening',
		themes: ['trust', 'getting-to-know'],
		kind: 'conversation',
		minutes: 15,
		materials: [
			{ name: 'groot vel papier', amount: 1, per: 'group' },
			{ name: 'dikke stiften', amount: 3, per: 'group' }
		],
		goals: ['Een veilige groep maken', 'Uitleggen wat er met verhalen van kinderen gebeurt'],
		steps: [
			'Vraag: "Wat heb jij nodig om hier iets te durven vertellen?"',
			'Schrijf of teken de antwoorden op het vel: niet uitlachen, luisteren, je mag pas zeggen …',
			'Leg uit dat wat de kinderen vertellen in de groep blijft, behalve als de coaches zich zorgen maken. Dan praten ze eerst met het kind.',
			'Laat iedereen het vel tekenen met zijn naam of handafdruk.',
			'Hang het vel elke bijeenkomst op.'
		],
		variationYounger:
			'Gebruik drie afspraken met pictogrammen: luisteren, niet uitlachen, stop is stop.',
		variationOlder:
			'Jongeren formuleren de afspraken zelf en bespreken ook: wat doen we als iemand zich er niet aan houdt?',
		attention:
			'Beloof nooit dat je alles geheimhoudt. Wees eerlijk over wanneer je iets wel doorvertelt.'
	}),

	// ---------- 7-12 jaar ----------
	example({
		exampleId: 'naam-en-gebaar',
		title: 'Naam met een gebaar',
		summary:
			'Iedereen zegt zijn naam met een gebaar. De groep doet naam en gebaar na, en bouwt zo een rij op.',
		ageBands: ['7-12'],
		phase: 'opening',
		themes: ['getting-to-know'],
		kind: 'movement',
		minutes: 10,
		goals: ['Elkaars namen leren', 'Ontspannen beginnen met bewegen en lachen'],
		steps: [
			'Ga in een kring staan.',
			'Het eerste kind zegt zijn naam en maakt een gebaar (springen, zwaaien, draaien).',
			'De groep herhaalt naam en gebaar samen.',
			'Het volgende kind doet eerst alle vorige namen met gebaren na en voegt de eigen toe.',
			'Help elkaar als iemand het niet meer weet.'
		],
		variationYounger:
			'Sla het opbouwen over: iedereen doet alleen het gebaar van het kind vóór hem na.',
		tips: 'Begin zelf met een wat gek gebaar: dan durven de kinderen meer.',
		attention: 'Een verlegen kind mag ook een klein gebaar maken, zoals een knipoog.'
	}),
	example({
		exampleId: 'weerbericht',
		title: 'Het weerbericht van vandaag',
		summary:
			'Kinderen vertellen hoe ze zich voelen als een weerbericht: zonnig, bewolkt, regen of onweer.',
		ageBands: ['7-12', '13-17'],
		phase: 'opening',
		themes: ['feelings'],
		kind: 'conversation',
		minutes: 10,
		materials: [{ name: 'kaartjes met weersymbolen', amount: 1, per: 'group' }],
		goals: [
			'Vertellen hoe je je voelt zonder veel uit te leggen',
			'Coaches krijgen een beeld van de groep vandaag'
		],
		steps: [
			'Leg de weerkaartjes in het midden.',
			'Ieder kind kiest een kaartje of bedenkt zelf een weertype: "Bij mij is het vandaag mistig".',
			"Wie wil, vertelt waardoor: 'Vanochtend regende het, nu komt de zon erdoor.'",
			'Sluit af met het weerbericht van de hele groep: "Vandaag is het in de groep vooral …"'
		],
		variationOlder: 'Laat jongeren ook een verwachting geven voor de rest van de week.',
		tips: 'Je kunt het weerbericht elke bijeenkomst terug laten komen en zo een verloop zien.',
		attention: 'Wie vaak "onweer" kiest, verdient een kort gesprekje na afloop.'
	}),
	example({
		exampleId: 'tijdlijn-van-mijn-leven',
		title: 'De tijdlijn van mijn leven',
		summary:
			'Kinderen tekenen een lijn van hun geboorte tot nu, met mooie en moeilijke momenten, waaronder de scheiding.',
		ageBands: ['7-12', '13-17'],
		phase: 'before',
		themes: ['changes'],
		kind: 'creative',
		minutes: 30,
		materials: [
			{ name: 'werkblad of strook papier van 1 meter', amount: 1, per: 'child' },
			{ name: 'stiften in twee kleuren', amount: 2, per: 'child' }
		],
		goals: [
			'De scheiding een plek geven tussen andere gebeurtenissen',
			'Zien dat er ook na moeilijke momenten mooie komen'
		],
		steps: [
			'Teken samen een voorbeeld op het bord: geboren, naar school, verhuisd, …',
			'Laat ieder kind een eigen lijn tekenen met minstens vijf momenten.',
			'Mooie momenten boven de lijn, moeilijke onder de lijn.',
			'Vraag: "Waar op de lijn staat de scheiding? Wat kwam er daarna?"',
			'In tweetallen vertellen kinderen één moment aan elkaar.'
		],
		variationOlder: 'Jongeren zetten er ook bij wie hen in die tijd hielp.',
		attention:
			'Kinderen kunnen zich niet altijd de volgorde herinneren. Het gaat om hun verhaal, niet om de juiste data.',
		worksheet: {
			title: 'De tijdlijn van mijn leven',
			instruction:
				'Schrijf of teken de belangrijke momenten uit je leven. Mooie momenten boven de lijn, moeilijke eronder.',
			area: 'lines'
		}
	}),
	example({
		exampleId: 'eens-oneens-veranderingen',
		title: 'Eens of oneens: wat er verandert',
		summary:
			'Stellingenspel: kinderen kiezen een kant van de ruimte bij stellingen over veranderingen na een scheiding.',
		ageBands: ['7-12'],
		phase: 'now',
		themes: ['changes', 'feelings'],
		kind: 'statements',
		minutes: 20,
		materials: [{ name: 'twee bladen met "eens" en "oneens"', amount: 1, per: 'group' }],
		preparation: 'Hang "eens" aan de ene muur en "oneens" aan de andere.',
		goals: [
			'Merken dat anderen hetzelfde meemaken',
			'Een mening geven zonder uitleg te hoeven geven'
		],
		steps: [
			'Lees een stelling voor, bijvoorbeeld: "Sinds de scheiding is er meer rust in huis."',
			'De kinderen lopen naar "eens", "oneens" of blijven in het midden als ze het niet weten.',
			'Vraag een paar kinderen, vrijwillig, waarom ze daar staan.',
			'Andere stellingen: "Ik mis soms hoe het vroeger was." "Ik vind wisselen tussen huizen lastig." "Er is ook iets beter geworden."',
			'Sluit af met een luchtige stelling: "Pannenkoeken zijn lekkerder dan pizza."'
		],
		variationOlder:
			'Laat jongeren zelf stellingen op briefjes schrijven en anoniem in een bak doen.',
		attention:
			'Kinderen kunnen naar een vriendje lopen in plaats van naar hun mening. Zeg dat iedere plek goed is.'
	}),
	example({
		exampleId: 'trekken-zonder-touw',
		title: 'Tussen twee stoelen',
		summary:
			'Dramaspel over loyaliteit: een kind staat tussen twee stoelen en voelt hoe het is als twee kanten aan je trekken.',
		ageBands: ['7-12', '13-17'],
		phase: 'now',
		themes: ['loyalty', 'conflict'],
		kind: 'drama',
		minutes: 20,
		materials: [{ name: 'stoelen', amount: 2, per: 'group' }],
		goals: ['Loyaliteit herkennen en benoemen', 'Zeggen wat je nodig hebt als je klem zit'],
		steps: [
			'Zet twee stoelen op een paar meter afstand. Op elke stoel "zit" een ouder (leeg, of een coach).',
			'Een vrijwilliger staat in het midden. De coach zegt vanaf de ene stoel: "Kom je dit weekend bij mij?" en vanaf de andere: "Maar we zouden toch samen …"',
			'Vraag het kind in het midden: "Wat voel je? Naar welke kant trekt het?"',
			'Vraag de groep: "Wat zou hij kunnen zeggen?" Probeer een paar zinnen uit.',
			'Laat het kind zeggen wat het wil, bijvoorbeeld: "Ik wil niet hoeven kiezen."'
		],
		tips: 'Laat coaches de rol van ouder spelen, nooit een kind.',
		attention:
			'Dit kan heftig zijn. Stop als een kind emotioneel raakt en kom er na afloop even samen op terug.'
	}),
	example({
		exampleId: 'agenda-twee-huizen',
		title: 'Mijn week in twee huizen',
		summary: 'Kinderen kleuren een weekschema in: welke dagen ze waar zijn, en wat ze dan doen.',
		ageBands: ['7-12'],
		phase: 'now',
		themes: ['two-homes'],
		kind: 'creative',
		minutes: 20,
		materials: [
			{ name: 'werkblad weekschema', amount: 1, per: 'child' },
			{ name: 'kleurpotloden', amount: 2, per: 'child' }
		],
		goals: [
			'Overzicht krijgen over het wisselen',
			'Praten over wat lastig en fijn is aan twee huizen'
		],
		steps: [
			'Geef ieder kind een weekschema.',
			'Kies een kleur voor elk huis en kleur de dagen in.',
			'Schrijf bij elke dag één ding dat je daar doet (sport, oma, logeren).',
			'Bespreek in tweetallen: "Welke dag vind je het fijnst? Welke het lastigst?"',
			'Vraag in de groep naar trucs: "Hoe onthoud jij waar je gymspullen zijn?"'
		],
		attention:
			'Niet ieder kind heeft een vast schema. Dat onzekere gevoel is ook iets om te bespreken.',
		worksheet: {
			title: 'Mijn week',
			instruction:
				'Kleur elke dag in met de kleur van het huis waar je dan bent. Schrijf erbij wat je die dag doet.',
			area: 'lines'
		}
	}),
	example({
		exampleId: 'stopknop-bij-ruzie',
		title: 'De stopknop: wat doe je bij ruzie?',
		summary:
			'Rollenspel: kinderen oefenen wat ze kunnen doen als hun ouders ruziemaken waar zij bij zijn.',
		ageBands: ['7-12'],
		phase: 'now',
		themes: ['conflict', 'asking-help'],
		kind: 'role-play',
		minutes: 25,
		groupSizeMin: 5,
		materials: [{ name: 'rode kartonnen knop (stopbord)', amount: 1, per: 'group' }],
		goals: ['Weten dat je je kunt terugtrekken bij ruzie', 'Oefenen met zeggen wat je voelt'],
		steps: [
			'Praat kort: "Wat doe jij als je ouders ruzie hebben?" Schrijf de antwoorden op.',
			'Twee coaches spelen een ruzie (kort, niet te heftig) over iets alledaags, bijvoorbeeld wie het kind ophaalt.',
			'Een kind speelt zichzelf en mag op elk moment de stopknop laten zien.',
			'Probeer samen wat het kind kan doen: naar zijn kamer gaan, muziek opzetten, zeggen "Ik vind dit niet fijn", iemand bellen.',
			'Maak met de groep een lijst "Mijn stopknop-ideeën" voor in het werkmapje.'
		],
		variationOlder: 'Laat kinderen zelf een scène bedenken en de coach in de rol van kind zetten.',
		tips: 'Speel de ruzie nooit met schreeuwen of dreigen: licht is genoeg om het te herkennen.',
		attention:
			'Hoor je over geweld, dreigen of angst, volg dan de meldcode. Bij acuut gevaar: 112. Veilig Thuis: 0800-2000.'
	}),
	example({
		exampleId: 'wie-hoort-erbij',
		title: 'Wie hoort er bij mijn familie?',
		summary:
			'Kinderen zetten hun familie in cirkels rond zichzelf, ook nieuwe partners, stiefbroers en halfzusjes.',
		ageBands: ['7-12', '13-17'],
		phase: 'now',
		themes: ['new-family'],
		kind: 'creative',
		minutes: 25,
		materials: [
			{ name: 'werkblad met drie cirkels', amount: 1, per: 'child' },
			{ name: 'stiften', amount: 1, per: 'group' }
		],
		goals: ['Ontdekken hoe je je verhoudt tot nieuwe gezinsleden', 'Zien dat elk gezin anders is'],
		steps: [
			'Teken jezelf in het midden van de binnenste cirkel.',
			'Zet in de cirkels om je heen wie bij je familie hoort: dichtbij wie heel belangrijk is, verder weg wie minder dichtbij is.',
			'Gebruik een andere kleur voor wie er na de scheiding bij is gekomen.',
			'Bespreek: "Hoe was het toen er iemand nieuw bij kwam? Wat is er fijn, wat lastig?"'
		],
		variationOlder: 'Jongeren tekenen pijlen: van wie krijg je steun, met wie botst het?',
		attention:
			'Een nieuwe partner kan veel losmaken: jaloezie, boosheid, gemis. Al die gevoelens mogen er zijn.',
		worksheet: {
			title: 'Mijn familie in cirkels',
			instruction:
				'Teken jezelf in het midden. Zet de mensen die bij jou horen in de cirkels: dichtbij of verder weg.',
			area: 'drawing'
		}
	}),
	example({
		exampleId: 'vragenbus',
		title: 'De vragenbus',
		summary:
			'Kinderen stoppen anoniem vragen in een doos; de groep en de coaches zoeken samen naar antwoorden.',
		ageBands: ['7-12', '13-17'],
		phase: 'future',
		themes: ['asking-help', 'trust'],
		kind: 'conversation',
		minutes: 20,
		materials: [
			{ name: 'doos met gleuf (brievenbus)', amount: 1, per: 'group' },
			{ name: 'briefjes en potloden', amount: 1, per: 'child' }
		],
		preparation:
			'Zet de vragenbus een week eerder al neer, zodat kinderen tijd hebben om vragen te bedenken.',
		goals: [
			'Vragen stellen die je niet hardop durft te stellen',
			'Merken dat anderen dezelfde vragen hebben'
		],
		steps: [
			'Geef iedereen een briefje. Schrijf een vraag over de scheiding, thuis of de toekomst. Geen naam.',
			'Wie geen vraag heeft, schrijft "geen vraag", zodat niemand opvalt.',
			'Haal de briefjes er één voor één uit en lees ze voor.',
			'Vraag eerst de groep: "Wie weet hier iets over?" Vul als coach aan.',
			'Vragen die alleen ouders kunnen beantwoorden, bespreek je als: "Hoe zou je dit aan je vader of moeder kunnen vragen?"'
		],
		tips: 'Lees vooraf stil mee, zodat je niet verrast wordt door een vraag die je niet in de groep wilt bespreken.',
		attention:
			'Een briefje kan een noodsignaal zijn. Bespreek zo een briefje met je collega en volg de meldcode.'
	}),
	example({
		exampleId: 'kist-vol-kwaliteiten',
		title: 'Een kist vol kwaliteiten',
		summary:
			'Kinderen trekken kwaliteitskaartjes uit een kist en geven ze aan wie in de groep die kwaliteit heeft.',
		ageBands: ['7-12'],
		phase: 'future',
		themes: ['own-qualities'],
		kind: 'game',
		minutes: 20,
		materials: [
			{ name: 'kist of doos', amount: 1, per: 'group' },
			{
				name: 'kaartjes met kwaliteiten (behulpzaam, grappig, dapper, eerlijk, creatief …)',
				amount: 40,
				per: 'group'
			}
		],
		goals: ['Eigen sterke kanten ontdekken', 'Ervaren dat anderen die kanten ook zien'],
		steps: [
			'Vertel dat er in de kist allemaal kwaliteiten zitten.',
			'Een kind trekt een kaartje, leest het voor en geeft het aan iemand in de groep bij wie het past, met een voorbeeld.',
			'Ga door tot iedereen minstens drie kaartjes heeft.',
			'Vraag: "Welk kaartje had je niet verwacht? Welk kaartje wil je nog krijgen?"',
			'De kaartjes gaan mee in het werkmapje.'
		],
		tips: 'Neem ook kwaliteiten op die na een scheiding goed van pas komen: flexibel, geduldig, zorgzaam.',
		attention: 'Houd in de gaten dat niemand met maar één kaartje eindigt.'
	}),
	example({
		exampleId: 'van-ruine-naar-kasteel',
		title: 'Van ruïne naar kasteel',
		summary:
			'Met blokken bouwen kinderen een kasteel, slopen een deel en bouwen het opnieuw: wat blijft er staan, wat wordt nieuw?',
		ageBands: ['7-12'],
		phase: 'future',
		themes: ['changes', 'own-qualities'],
		kind: 'game',
		minutes: 25,
		materials: [{ name: 'doos bouwblokken of lege doosjes', amount: 1, per: 'group' }],
		goals: [
			'Uitdrukken dat er iets kapot is gegaan en iets nieuws kan ontstaan',
			'Denken over wat je nog nodig hebt'
		],
		steps: [
			'Bouw in twee groepjes een kasteel: dat is "het gezin van vroeger".',
			'De coach haalt een paar blokken weg. Nu is het een ruïne. Vraag: "Wat is er weggevallen? Wat staat er nog?"',
			'Laat de groepjes er een nieuw kasteel van bouwen, met nieuwe torens: "Wat heb jij nodig in je nieuwe kasteel?"',
			'Elk kind legt één blok en zegt wat dat blok is, bijvoorbeeld "elke week voetbal met papa".'
		],
		attention: 'Het slopen kan kinderen raken. Doe het rustig en kondig het aan.'
	}),
	example({
		exampleId: 'blinde-wandeling',
		title: 'De blinde wandeling',
		summary:
			'In tweetallen leidt het ene kind het andere, dat de ogen dicht heeft, veilig door de ruimte.',
		ageBands: ['7-12', '13-17'],
		phase: 'now',
		themes: ['trust'],
		kind: 'movement',
		minutes: 15,
		groupSizeMin: 4,
		materials: [{ name: 'blinddoek (mag ook ogen dicht)', amount: 1, per: 'child' }],
		preparation: 'Zet een eenvoudig parcours uit met stoelen en kussens.',
		goals: ['Ervaren hoe vertrouwen voelt', 'Praten over wie je vertrouwt en waarom'],
		steps: [
			'Maak tweetallen. Eén doet de ogen dicht of een blinddoek om, de ander is gids.',
			'De gids leidt met een hand op de schouder door het parcours, zonder te praten.',
			'Wissel na twee minuten.',
			'Bespreek: "Wat maakte dat je je veilig voelde? Wanneer niet?"',
			'Vraag: "Bij wie thuis of op school voel jij je zo veilig?"'
		],
		attention:
			'Niemand hoeft een blinddoek om. Ogen dicht of een hand op de ogen mag ook; niet willen mag ook.'
	}),
	example({
		exampleId: 'zorgenballon',
		title: 'Een ballon voor je zorgen',
		summary:
			'Ontspanningsoefening: kinderen stoppen in gedachten een zorg in een ballon en laten hem wegvliegen.',
		ageBands: ['4-6', '7-12'],
		phase: 'closing',
		themes: ['feelings', 'goodbye'],
		kind: 'relaxation',
		minutes: 10,
		goals: ['Ontspannen na een zware bijeenkomst', 'Leren een zorg even los te laten'],
		steps: [
			'Laat de kinderen comfortabel zitten en de ogen sluiten als ze willen.',
			'Vertel: "Stel je een ballon voor in je lievelingskleur. Blaas hem rustig op met drie diepe ademhalingen."',
			'"Denk aan iets wat je vandaag zwaar vond. Stop het in de ballon en knoop hem dicht."',
			'"Laat de ballon los. Kijk hoe hij hoger en hoger gaat, tot hij een stipje is."',
			'Laat de kinderen rustig rekken en de ogen opendoen.'
		],
		variationYounger:
			'Gebruik een echte ballon die de coach opblaast en loslaat (niet naar buiten).',
		tips: 'Zeg erbij: de zorg is niet weg, maar je hoeft hem nu even niet vast te houden.',
		attention:
			'Voor sommige kinderen is ogen dichtdoen onveilig. Laat ze naar een punt op de grond kijken.'
	}),
	example({
		exampleId: 'complimentenregen',
		title: 'Complimentenregen',
		summary: 'Iedereen krijgt een vel op de rug geplakt; de anderen schrijven er complimenten op.',
		ageBands: ['7-12', '13-17'],
		phase: 'closing',
		themes: ['own-qualities', 'goodbye'],
		kind: 'game',
		minutes: 15,
		materials: [
			{ name: 'A4-papier', amount: 1, per: 'child' },
			{ name: 'afplakband', amount: 1, per: 'group' },
			{ name: 'stift', amount: 1, per: 'child' }
		],
		goals: ['Afscheid nemen met iets positiefs', 'Horen wat anderen in jou waarderen'],
		steps: [
			'Plak bij ieder kind een vel op de rug.',
			'Loop rond en schrijf op elk vel een compliment. Alleen vriendelijke dingen.',
			'Haal na tien minuten de vellen eraf. Lees eerst stil je eigen vel.',
			'Wie wil, leest het mooiste compliment voor.',
			'Het vel gaat mee in het werkmapje.'
		],
		tips: 'Past goed in de laatste bijeenkomst.',
		attention:
			'Lees alle vellen even mee voordat ze worden omgedraaid; haal een onaardige opmerking weg.'
	}),
	example({
		exampleId: 'drie-stoelen-vroeger-nu-straks',
		title: 'Drie stoelen: vroeger, nu en straks',
		summary:
			'Drie stoelen staan voor vroeger, nu en straks. Kinderen gaan op een stoel zitten en vertellen vanuit die tijd.',
		ageBands: ['7-12', '13-17'],
		phase: 'before',
		themes: ['changes', 'feelings'],
		kind: 'drama',
		minutes: 20,
		materials: [
			{ name: 'stoelen met een bordje "vroeger", "nu", "straks"', amount: 3, per: 'group' }
		],
		goals: [
			'De hele weg van vroeger naar straks verkennen',
			'Gevoelens bij elke tijd een plek geven'
		],
		steps: [
			'Zet drie stoelen op een rij met de bordjes erop.',
			'Een vrijwilliger gaat op "vroeger" zitten en vertelt in de ik-vorm: "Vroeger woonden we …"',
			'Schuif door naar "nu": "Nu is het zo dat …"',
			'Tot slot "straks": "Straks hoop ik dat …"',
			'Vraag de groep na elke beurt: "Wat hoorde je? Wat herken je?"'
		],
		variationOlder:
			'Jongeren kunnen ook een lege stoel aanspreken: wat zou je tegen jezelf van vroeger zeggen?',
		attention:
			'Vertellen mag kort. Help met één vraag als een kind vastloopt en laat het gaan als het niet lukt.'
	}),

	// ---------- 13-17 jaar ----------
	example({
		exampleId: 'twee-waarheden-een-leugen',
		title: 'Twee waarheden en een leugen',
		summary: 'Jongeren vertellen drie dingen over zichzelf; de groep raadt welke niet waar is.',
		ageBands: ['13-17'],
		phase: 'opening',
		themes: ['getting-to-know'],
		kind: 'game',
		minutes: 15,
		goals: ['Kennismaken op een luchtige manier', 'Zelf bepalen wat je over jezelf vertelt'],
		steps: [
			'Geef iedereen een minuut om drie uitspraken over zichzelf te bedenken: twee waar, één niet.',
			'Om de beurt vertelt iemand zijn drie uitspraken.',
			'De groep stemt welke de leugen is. Daarna vertelt de verteller het antwoord.',
			'Vraag bij een verrassende waarheid door als de verteller dat wil.'
		],
		tips: 'Begin zelf, met iets grappigs en iets persoonlijks.',
		attention: 'Niemand hoeft iets over de scheiding te vertellen in deze ronde.'
	}),
	example({
		exampleId: 'playlist-van-mijn-leven',
		title: 'De playlist van mijn leven',
		summary:
			'Jongeren kiezen drie nummers: één voor vroeger, één voor nu en één voor de toekomst, en vertellen waarom.',
		ageBands: ['13-17'],
		phase: 'before',
		themes: ['changes', 'feelings'],
		kind: 'conversation',
		minutes: 30,
		materials: [
			{ name: 'werkblad of telefoon om titels op te schrijven', amount: 1, per: 'child' }
		],
		preparation: 'Vraag de week ervoor om alvast na te denken over nummers.',
		goals: ['Via muziek praten over gevoelens rond de scheiding', 'Verbinding maken met elkaar'],
		steps: [
			'Iedereen schrijft drie titels op: vroeger, nu, toekomst.',
			'In tweetallen vertellen jongeren elkaar waarom ze deze nummers kozen.',
			'In de groep kiest ieder één nummer om voor te stellen.',
			'Speel als de groep wil een fragment af (offline, van een eigen telefoon).',
			'Bespreek: "Wat zegt de playlist van de groep over hoe het met jullie gaat?"'
		],
		attention: 'Teksten van nummers kunnen zwaar zijn. Vraag door als een keuze je zorgen baart.',
		worksheet: {
			title: 'Mijn playlist',
			instruction:
				'Schrijf drie nummers op: één voor vroeger, één voor nu, één voor later. Schrijf erbij waarom.',
			area: 'lines'
		}
	}),
	example({
		exampleId: 'stellingen-geen-kant',
		title: 'Stellingen: ik kies geen kant',
		summary:
			'Jongeren reageren op stellingen over loyaliteit en ruzie tussen ouders, door op een lijn van 0 tot 10 te gaan staan.',
		ageBands: ['13-17'],
		phase: 'now',
		themes: ['loyalty', 'conflict'],
		kind: 'statements',
		minutes: 25,
		materials: [{ name: 'touw of tape voor een lijn op de vloer', amount: 1, per: 'group' }],
		preparation: 'Leg een lijn op de vloer met 0 aan het ene eind en 10 aan het andere.',
		goals: ['Loyaliteitsconflicten herkennen', 'Nuances laten zien in plaats van eens of oneens'],
		steps: [
			'Lees een stelling voor. Jongeren gaan op de lijn staan: 0 is helemaal niet, 10 is helemaal wel.',
			'Stellingen: "Ik voel me soms schuldig als ik het leuk heb bij de ene ouder." "Mijn ouders praten negatief over elkaar waar ik bij ben." "Ik houd dingen voor me om ruzie te voorkomen." "Ik zou willen dat mijn ouders weer normaal met elkaar praten."',
			'Vraag een paar jongeren om hun plek toe te lichten.',
			'Vraag na elke stelling: "Wat zou je tegen iemand op 9 willen zeggen?"'
		],
		variationYounger:
			'Gebruik met 7-12 jaar twee kanten (eens en oneens) en eenvoudiger stellingen.',
		attention:
			'Jongeren die veel boodschappen tussen ouders overbrengen, zitten mogelijk erg klem. Bespreek dat in het evaluatiegesprek met ouders.'
	}),
	example({
		exampleId: 'brief-aan-jongere-ik',
		title: 'Een brief aan mijn jongere ik',
		summary:
			'Jongeren schrijven een brief aan zichzelf van de tijd van de scheiding: wat weet je nu dat je toen had willen weten?',
		ageBands: ['13-17'],
		phase: 'future',
		themes: ['feelings', 'own-qualities'],
		kind: 'creative',
		minutes: 30,
		materials: [
			{ name: 'werkblad of briefpapier', amount: 1, per: 'child' },
			{ name: 'envelop', amount: 1, per: 'child' }
		],
		goals: ['Terugkijken en zien hoe je gegroeid bent', 'Je eigen kracht benoemen'],
		steps: [
			'Vraag: "Hoe oud was je toen je ouders uit elkaar gingen? Hoe zag je eruit, waar woonde je?"',
			'Schrijf een brief aan die jongere ik: wat wil je hem of haar vertellen, aanraden, geruststellen?',
			'Geef een paar beginzinnen: "Ik weet dat je nu …", "Wat je nog niet weet, is …", "Je bent sterker dan …"',
			'De brief gaat in een envelop. Niemand hoeft hem voor te lezen.',
			'Vraag wie één zin wil delen.'
		],
		attention: 'Een brief kan verdriet losmaken. Plan na deze werkvorm een rustige afsluiting.',
		worksheet: {
			title: 'Brief aan mijn jongere ik',
			instruction:
				'Schrijf een brief aan jezelf van toen je ouders uit elkaar gingen. Wat wil je jezelf vertellen?',
			area: 'lines'
		}
	}),
	example({
		exampleId: 'het-netwerkweb',
		title: 'Het netwerkweb',
		summary:
			'Met een bol wol maakt de groep een web: wie de bol vangt, noemt iemand die hem of haar steunt.',
		ageBands: ['13-17', '7-12'],
		phase: 'future',
		themes: ['asking-help', 'trust'],
		kind: 'game',
		minutes: 15,
		materials: [{ name: 'bol wol', amount: 1, per: 'group' }],
		goals: ['Zichtbaar maken wie je steunt', 'Ervaren dat de groep ook een steun is'],
		steps: [
			'Ga in een kring staan. De coach houdt het eind van de draad vast en gooit de bol naar iemand.',
			'Wie de bol vangt, noemt iemand bij wie hij terechtkan en waarmee, houdt de draad vast en gooit door.',
			'Ga door tot er een web is en iedereen minstens twee keer aan de beurt was.',
			'Laat één persoon de draad loslaten: wat gebeurt er met het web? Bespreek hoe steun werkt.',
			'Rol de bol weer op in omgekeerde volgorde, terwijl iedereen iets aardigs zegt tegen wie hem de bol gaf.'
		],
		attention:
			'Jongeren die niemand kunnen noemen, verdienen aandacht: bespreek na afloop samen wie er wel zou kunnen helpen.'
	}),
	example({
		exampleId: 'leven-met-twee-sleutels',
		title: 'Leven met twee sleutels',
		summary:
			'Gesprek over het praktische leven in twee huizen: spullen, school, vrienden, planning. Wat werkt, wat niet?',
		ageBands: ['13-17'],
		phase: 'now',
		themes: ['two-homes'],
		kind: 'conversation',
		minutes: 25,
		materials: [{ name: 'post-its', amount: 10, per: 'child' }],
		goals: [
			'Praktische problemen delen en oplossingen uitwisselen',
			'Zeggen wat je zelf wilt in de regeling'
		],
		steps: [
			'Hang vier vellen op: spullen, school, vrienden en sport, planning.',
			'Jongeren schrijven op post-its wat lastig is en plakken ze op het goede vel.',
			'Kies samen de drie meest genoemde problemen.',
			'Bedenk in groepjes per probleem een tip, bijvoorbeeld een gedeelde agenda of een tweede oplader.',
			'Vraag: "Wat zou je aan je ouders willen vragen over de regeling?"'
		],
		tips: 'Jongeren mogen vanaf een bepaalde leeftijd meepraten over de omgangsregeling. Wijs op die mogelijkheid zonder druk te leggen.',
		attention: 'Let op jongeren die veel zorgtaken dragen in een van de huizen.'
	}),
	example({
		exampleId: 'rollenspel-gesprek-met-ouder',
		title: 'Oefenen: een moeilijk gesprek met mijn ouder',
		summary:
			'Jongeren oefenen in een rollenspel hoe ze een ouder iets lastigs vertellen of vragen.',
		ageBands: ['13-17'],
		phase: 'future',
		themes: ['asking-help', 'conflict'],
		kind: 'role-play',
		minutes: 30,
		groupSizeMin: 3,
		goals: ['Woorden vinden voor wat je je ouder wilt zeggen', 'Oefenen in een veilige setting'],
		steps: [
			'Vraag: "Wat zou je je vader of moeder willen zeggen of vragen, maar doe je niet?" Schrijf anoniem op.',
			'Kies samen één onderwerp, bijvoorbeeld: "Ik wil niet dat je slecht over papa praat."',
			'Eén jongere speelt zichzelf, een coach speelt de ouder. De groep kijkt mee.',
			'Stop na twee minuten. Vraag: "Wat werkte? Wat zou je anders zeggen?"',
			'Speel opnieuw met de tips, of laat iemand anders het proberen.',
			'Sluit af met: "Wie wil dit thuis echt gaan proberen? Wat heb je daarvoor nodig?"'
		],
		variationYounger: 'Met 10-12-jarigen kan het ook met een handpop als ouder.',
		tips: 'Gebruik de ik-boodschap: wat ik zie, wat ik voel, wat ik zou willen.',
		attention:
			'Een jongere die bang is voor de reactie van een ouder, heeft misschien meer nodig dan oefenen. Bespreek het met je collega.'
	}),
	example({
		exampleId: 'nieuwe-partner-nieuwe-regels',
		title: 'Nieuwe partner, nieuwe regels',
		summary:
			'Forumtheater: een korte scène aan tafel met een nieuwe partner. De groep mag stoppen en het beter proberen.',
		ageBands: ['13-17'],
		phase: 'now',
		themes: ['new-family', 'loyalty'],
		kind: 'drama',
		minutes: 30,
		groupSizeMin: 5,
		materials: [
			{ name: 'tafel', amount: 1, per: 'group' },
			{ name: 'stoelen', amount: 4, per: 'group' }
		],
		goals: [
			'Gevoelens over een nieuw gezin herkennen',
			'Uitproberen hoe je iets bespreekbaar maakt'
		],
		steps: [
			'Speel met drie vrijwilligers een scène: jongere, ouder en nieuwe partner aan het avondeten. De nieuwe partner stelt een regel over telefoons aan tafel.',
			'Speel de scène één keer helemaal.',
			'Speel hem opnieuw. Iedereen uit het publiek mag "stop" roepen, de plek van de jongere innemen en iets anders proberen.',
			'Bespreek na elke poging: "Wat veranderde er? Hoe voelde de jongere zich?"'
		],
		tips: 'Laat de nieuwe partner niet als "slechterik" spelen: dan blijft het herkenbaar.',
		attention:
			'Sommige jongeren hebben een nieuwe partner die ze echt niet vertrouwen. Vraag daar na afloop apart naar.'
	}),
	example({
		exampleId: 'ademruimte',
		title: 'Ademruimte in vier tellen',
		summary:
			'Korte ademhalingsoefening (vierkant ademen) die jongeren ook thuis en op school kunnen gebruiken.',
		ageBands: ['13-17', '7-12'],
		phase: 'closing',
		themes: ['feelings'],
		kind: 'relaxation',
		minutes: 5,
		goals: ['Een middel hebben om spanning te laten zakken', 'Rustig afsluiten'],
		steps: [
			'Ga rechtop zitten, voeten op de grond.',
			'Adem vier tellen in, houd vier tellen vast, adem vier tellen uit, wacht vier tellen.',
			'Teken in gedachten een vierkant: elke zijde is vier tellen.',
			'Herhaal vier rondes.',
			'Vraag: "Wanneer zou je dit kunnen gebruiken?"'
		],
		variationYounger:
			'Met jongere kinderen: volg met je vinger de zijden van een getekend vierkant.',
		attention: 'Bij duizeligheid stoppen en gewoon rustig doorademen.'
	}),
	example({
		exampleId: 'kaartje-voor-de-groep',
		title: 'Een kaartje voor elkaar',
		summary:
			'In de laatste bijeenkomst schrijft iedereen een kaartje voor elke andere deelnemer: wat ik je toewens.',
		ageBands: ['13-17'],
		phase: 'closing',
		themes: ['goodbye', 'own-qualities'],
		kind: 'creative',
		minutes: 25,
		materials: [
			{ name: 'blanco kaartjes', amount: 10, per: 'child' },
			{ name: 'envelop met naam', amount: 1, per: 'child' }
		],
		preparation: 'Zet voor ieder een envelop met naam klaar.',
		goals: ['Bewust afscheid nemen van de groep', 'Iets meenemen om later terug te lezen'],
		steps: [
			'Geef iedereen evenveel kaartjes als er anderen in de groep zijn.',
			'Schrijf voor ieder een kaartje: "Wat ik van je heb gezien" en "Wat ik je toewens".',
			'Stop de kaartjes in de enveloppen.',
			'Sluit af in de kring: iedereen zegt in één zin wat de groep voor hem betekende.',
			'De envelop gaat mee naar huis, om rustig te lezen.'
		],
		tips: 'Coaches schrijven ook voor iedere jongere een kaartje.',
		attention:
			'Het afscheid van de groep kan andere afscheiden oproepen. Vertel waar jongeren na de groep terechtkunnen.'
	}),
	example({
		exampleId: 'vertrouwensladder',
		title: 'De vertrouwensladder',
		summary:
			'Jongeren zetten mensen op een ladder: aan wie vertel je wat? Over vertrouwen, geheimen en wie je iets toevertrouwt.',
		ageBands: ['13-17'],
		phase: 'now',
		themes: ['trust', 'asking-help'],
		kind: 'creative',
		minutes: 20,
		materials: [{ name: 'werkblad met een ladder van vijf treden', amount: 1, per: 'child' }],
		goals: [
			'Nadenken over wie je vertrouwt',
			'Verschil tussen een goed en een slecht geheim bespreken'
		],
		steps: [
			'Geef iedereen het werkblad. Bovenaan staat: "Aan hem of haar vertel ik alles."',
			'Zet mensen op de treden: hoe hoger, hoe meer je hun vertelt.',
			'Bespreek in tweetallen: "Wat maakt dat je iemand vertrouwt? Wat maakt vertrouwen kapot?"',
			'Bespreek in de groep: "Welk geheim mag je bewaren, en welk geheim moet je juist vertellen?"'
		],
		variationYounger: 'Met 7-12 jaar: gebruik drie treden en gezichtjes in plaats van tekst.',
		attention:
			'Leg uit dat een geheim waar je je naar of bang door voelt, altijd verteld mag worden, ook als iemand zegt dat het niet mag.',
		worksheet: {
			title: 'Mijn vertrouwensladder',
			instruction:
				'Schrijf op elke trede wie je iets toevertrouwt. Hoe hoger, hoe meer je diegene vertelt.',
			area: 'lines'
		}
	}),
	example({
		exampleId: 'wat-ik-nog-nodig-heb',
		title: 'Wat ik nog nodig heb',
		summary:
			'Jongeren maken een rugzak voor de toekomst: wat neem je mee uit de groep, en wat heb je nog nodig van anderen?',
		ageBands: ['13-17', '7-12'],
		phase: 'future',
		themes: ['asking-help', 'own-qualities'],
		kind: 'creative',
		minutes: 25,
		materials: [
			{ name: 'werkblad met een rugzak', amount: 1, per: 'child' },
			{ name: 'stiften', amount: 1, per: 'group' }
		],
		goals: [
			'Vooruitkijken naar de tijd na de groep',
			'Concreet maken wat je nog nodig hebt en van wie'
		],
		steps: [
			'Teken of gebruik een rugzak. In de rugzak komt wat je al hebt: kwaliteiten, tips, mensen.',
			'Naast de rugzak schrijf je wat je nog nodig hebt, bijvoorbeeld "dat mijn ouders minder ruziemaken" of "iemand om mee te praten".',
			'Zet bij elk ding wie je daarbij kan helpen.',
			'Bespreek in tweetallen één ding dat je deze week kunt vragen.'
		],
		tips: 'Neem de uitkomst mee naar het evaluatiegesprek met ouders, alleen als de jongere dat goedvindt.',
		attention:
			'Wat een jongere nodig heeft, kan een signaal zijn voor nazorg. Bespreek het met je collega-coach.',
		worksheet: {
			title: 'Mijn rugzak voor later',
			instruction:
				'Schrijf in de rugzak wat je meeneemt. Schrijf ernaast wat je nog nodig hebt en wie je kan helpen.',
			area: 'drawing'
		}
	}),
	example({
		exampleId: 'levensboom',
		title: 'Mijn levensboom',
		summary:
			'Jongeren tekenen een boom: de wortels zijn waar ze vandaan komen, de stam wie ze zijn, de takken wat ze willen.',
		ageBands: ['13-17'],
		phase: 'before',
		themes: ['own-qualities', 'changes'],
		kind: 'creative',
		minutes: 30,
		materials: [
			{ name: 'A3-papier', amount: 1, per: 'child' },
			{ name: 'stiften en kleurpotloden', amount: 1, per: 'group' }
		],
		goals: ['Verbinden van verleden, heden en toekomst', 'Eigen kracht en wortels zien'],
		steps: [
			'Teken een boom met wortels, een stam, takken en bladeren.',
			'Wortels: waar kom je vandaan? Familie, plaatsen, herinneringen van vroeger.',
			'Stam: wie ben je nu? Wat kun je goed?',
			'Takken en bladeren: wat wil je nog doen, worden, meemaken?',
			'Zet stormen rond de boom: wat heeft je boom moeten doorstaan? En hij staat er nog.'
		],
		attention:
			'De wortels kunnen pijnlijk zijn als er contact met een ouder is verbroken. Laat jongeren zelf kiezen wat ze invullen.'
	})
];
