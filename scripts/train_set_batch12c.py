"""Batch 12c of the analyzer's call-speech training data: client turns only, in
English and French (the French written as a French speaker would say it, not
translated from the English). Situations: hotel groups, restaurant chains and
their reservation lines, travel agencies, cruise and ferry booking lines,
conference and event venues, car dealerships and their after-sales desks.

Same notation as scripts/data_notation.py:

    LABELS SENTIMENT emotion | text

LABELS is 0 (no signal) or letters from P B C U D X I H F R; SENTIMENT is -, 0
or +. Labelled by docs/labelling.md, including "Cases the guide left open,
decided". About 410 lines (about 205 English, 205 French). Lines carrying each
signal, roughly: closing_readiness R 60, decision_maker D 60, hesitation H 55,
urgency U 50, strong_interest I 45, budget B 40, competitor C 35,
price_objection P 30, confusion X 25, frustration F 25; and about 115 lines with
no signal that look like one (neutral price and invoice questions, a boss merely
mentioned, "I decide", tools for other jobs, the speaker's own rivals, unrelated
suppliers, opening hours, past events, polite thanks, "let me think" as a
formality, negations such as "the price isn't the problem", "rien ne presse").
Indirect wordings are favoured over keywords."""

# Closing readiness, English: paperwork, start dates, a yes with another signer
EN_R = """
R + ready | alright send over whatever i need to sign and we'll get the front desks set up
RD 0 neutral | yeah send the paperwork through, the group's finance director puts her name on these things
RU + eager | if we can get the reservation line live before the christmas bookings open i'm in, what do you need from me
R 0 neutral | so after i say yes what happens, does someone from your side call our it people or
R + happy | let's do the forty seats for the ferry booking team and go from there
RB 0 neutral | the money's sitting there for this quarter so let's just get it moving
RD + happy | our md saw the demo this morning and said go for it so um what's next
PR 0 neutral | shave a bit off the per seat and i'll get it signed this afternoon
R 0 neutral | can we pencil in the onboarding for the week of the fourteenth
R + interested | uh yeah just put us down for the pilot at the airport hotel the one with the big reservations desk
RU 0 stressed | we need this running before the motor show weekend so whatever contract you've got send it today
R 0 neutral | do you need a signed order form or is an email from me enough to get going
RD 0 neutral | i'm happy it's just the regional ops guy who signs, i'll forward him the contract tonight
R + pleased | right that's settled then, set up the dealership accounts and send me the logins
RI + excited | honestly this is exactly what the cruise desk needed let's do it
RB 0 neutral | we put money aside for call coaching in the spring budget so yeah let's start the paperwork
R 0 neutral | the venue's procurement portal needs you registered as a supplier, can you do that this week so we can raise the order
RU 0 concerned | peak season starts in march for the travel shops so if we sign now can your lot train ours in february
R + happy | go on then, the three restaurants first and the others once the managers are used to it
RD 0 neutral | the owner's already okayed it so tell me what you need from us to kick off
R 0 neutral | um for the after sales desk do we sign a separate agreement or does it all go on the one contract
RX 0 confused | okay we want to go ahead but i don't get which of the three documents i'm actually meant to sign
R 0 neutral | invoice head office in lyon with our po number on it and we're good to go
RD 0 neutral | let's go ahead, i just need the board's rubber stamp on thursday which is a formality really
RU 0 stressed | the old phone system gets switched off on the thirtieth so i need an onboarding date today
R + interested | if you can have the reservation line recorded by the first of the month we'll sign
CPR 0 neutral | match the other quote and it's yours
RB + happy | finance approved the spend yesterday so we're good to sign whenever you are
RI + excited | love it love it, can we start with the conference centre's events desk on monday
R 0 neutral | right what do you need from me, company number vat number that sort of thing
R 0 eager | where do i send the signed po, to you or to some billing address
0 0 neutral | how does onboarding usually work for a company our size
0 0 neutral | let me check my calendar and i'll come back to you with a slot for the follow up
0 0 neutral | is the invoice monthly or do you bill per quarter
0 0 neutral | what's the notice period if we ever wanted to leave
0 0 neutral | do you invoice in pounds or euros cause the ferry company's registered in jersey
"""

# Decision maker and hesitation, English: owners, boards, franchisors; doubts said softly
EN_DH = """
D 0 neutral | the general manager has to see it before anything happens and she's at the other hotel till friday
D 0 neutral | that's really one for the franchise group not for us at the dealership
DH 0 hesitant | i'd want to run it past the head chef, he's the one who'd have to live with it
D 0 neutral | uh our cruise desk belongs to the parent line in miami so they'd have to bless it
D 0 neutral | nothing moves on software until the it steering group meets next month
DH 0 hesitant | not gonna lie my director is hard to convince and i'm not fully sold myself
D 0 neutral | can you put something together i can show the owners, they weren't on this call
D 0 neutral | the dealer principal signs off anything over a grand
DB 0 neutral | procurement holds the purse strings so they'd have to agree to the spend
D 0 neutral | my business partner would kill me if i signed without him, he's back on tuesday
DH 0 hesitant | let me talk to the area managers first, i'm not sure they'd take to being scored
D 0 neutral | honestly the person you want is our head of guest experience, i just run the phones
DU 0 stressed | the ceo wants it sorted before conference season and she hasn't even seen it yet
D 0 neutral | the travel consortium has to approve any supplier that touches the booking line
D 0 concerned | i'd need the nod from the owner, he's funny about recording staff
DI + interested | i like it a lot, i just need to walk the operations director through how the scoring works
D 0 neutral | we can't do a thing till the new area director's in post and he starts in january
D 0 neutral | the chef patron is old school, if he says no it's no, so he'd need to hear this from you
H 0 hesitant | hmm i dunno it sounds good on paper
H 0 hesitant | we've had a lot of new systems this year and i'm wary of one more
H - skeptical | i just wonder if the reservation agents would ever actually look at their scores
H 0 hesitant | give us a few weeks to mull it over there's no point rushing into this
H - unimpressed | oh great another dashboard for the sales floor to ignore
H 0 hesitant | not sure it's worth it for a desk of six people
HB 0 concerned | we could probably find the money i'm just not sure it'd pay for itself
H 0 hesitant | it's a bit of a leap for us, the sales team are quite old school
H 0 worried | recording every call i dunno how the tour guides would feel about that
HC 0 hesitant | the thing is the call logs in our phone system sort of do the job already
H 0 hesitant | sounds interesting but i wouldn't want to commit to anything yet
H - skeptical | yeah i've heard the ai coaching pitch before, i'll believe it when i see it
H 0 hesitant | let me sleep on it, to be honest i'm in two minds
H 0 hesitant | it might be more than we need right now if i'm honest
H 0 hesitant | the idea's fine it's just uh the timing and the staff and, you know
H - skeptical | we tried mystery shopping once and it changed nothing so i'm a bit sceptical
0 0 neutral | my boss is in cannes this week for the trade show
DU 0 concerned | the owners want it decided before the ski season and they're only over here next week
HU 0 hesitant | i know the new terminal opens in may and we need something but i'm still not convinced this is it
XD 0 confused | i don't get it well enough to explain it to my boss and he's the one who'd say yes
PD 0 concerned | the owner will choke on that number, can you do something before i show it to him
HD 0 hesitant | i'd rather see what the other general managers think before i stick my neck out
CH 0 hesitant | we only moved everyone onto the new telephony platform in the spring, ripping it up again feels like a lot
H 0 hesitant | i'd hate to roll it out and have the old hands walk out you know
0 0 neutral | i run the reservations centre so yes it's my call
0 0 neutral | the owner drops by on fridays to taste the new menu, lovely man
0 0 neutral | let me think, we've got about twenty two agents on the line at peak
0 0 neutral | my manager actually came from a call centre so she knows all this stuff
0 0 neutral | i'm the one who signs for the dealership group, always have been
"""

# Urgency, strong interest, budget, English: seasons, launches, money set aside
EN_UIB = """
U 0 stressed | the summer sailings go on sale in january and that's when the phones melt, it has to be in before
U 0 concerned | the old phone system's being pulled out of all the hotels end of next month
U 0 stressed | new model launch in six weeks and the showroom phones will go mad, we'd want this in before
U 0 concerned | the group audit's in november and they will ask how we check our calls, so
UI + excited | this is great and honestly we needed it yesterday
UB 0 concerned | the budget lapses at the end of march so if we're doing it it's got to be this quarter
U 0 stressed | wedding fair season kicks off in february so we'd want the team trained by then
U 0 worried | we need something in place before the autumn conferences, we can't have another season like the last
UD 0 stressed | the regional director wants this live before the winter cruise brochure lands and i need his sign off by wednesday
U 0 concerned | the regulator's visit is in three weeks and we've got zero call records
U 0 stressed | um the new restaurant opens on the fifth and the booking line goes live the same day so it's tight
UI + eager | i want this before the january sales rush, it's exactly the gap we've got
U 0 stressed | the service department moves to the new site in april and we're not moving the old recorder with it
I + excited | oh wow the bit where it flags the room upgrade upsell, that's exactly what i'm after
I + interested | ok you've got my attention, the coaching side especially
I + pleased | not bad at all, that's miles ahead of what i expected
I + interested | that scoring view would save me hours every monday
I + happy | the team leaders would love that genuinely
I + interested | hang on so it catches it when the agent forgets the cancellation policy, that's brilliant
I + excited | i could see this working across all twelve hotels to be honest
I + interested | yeah i'm not going to pretend that isn't useful
I + impressed | right that's actually quite clever
IX + curious | love the transcripts but i didn't follow how the scores are worked out
I + happy | the after sales lads would actually use that which says a lot
I + interested | well that would take care of half my headaches
B 0 neutral | we've got about five hundred a month we could put towards this
B 0 concerned | the budget's frozen till april, head office froze everything after the summer
B 0 neutral | there's money in the training budget that no one's touched
B - concerned | to be honest we haven't got a penny set aside for anything like this
B 0 neutral | budget's there it's more a question of who runs it
B 0 neutral | each hotel has its own little pot for tech, a few thousand a year
BD 0 neutral | i can spend up to two grand without asking anyone, above that it goes to the finance committee
BH 0 hesitant | we've just spent a fortune on the new booking engine so money's tight and i'm not sure
B 0 neutral | we set something aside for call quality when we did the budget in september
BI + interested | we've got money for this and frankly i like what i'm seeing
BH 0 worried | money's tight after the refit so honestly i'd rather wait and see
IU + excited | this is what we've been after and with the new venue opening in march the timing couldn't be better
BU 0 neutral | there's a grant for staff training that we have to spend by june
UR 0 stressed | the service desk reopens after the refit on the ninth, get everyone set up before then and send me the contract
0 0 neutral | we're open seven days, the reservation line shuts at ten at night
0 0 neutral | we had a mad easter last year the phones never stopped
0 0 neutral | no rush on our end we're just getting a feel for what's out there
0 0 neutral | the sales manager's on holiday till the twentieth
0 + happy | thanks that was really clear
0 0 neutral | agency commissions are our big cost, that's where the money goes
"""

# Competitor, price, confusion, frustration, English
EN_CPXF = """
C 0 neutral | the hotels use the recording that came with the phone system from the telco
C 0 neutral | we trialled another coaching tool last year, it was fine
C 0 neutral | our outsourced call centre already records and scores the ferry calls
C 0 neutral | the dealer group's looking at two other call tracking firms as well
CU 0 concerned | our contract with the current recording people runs out in a month so we're shopping around
CF - annoyed | the crowd we're with now can't even get the transcripts right on french surnames
CF - frustrated | i'm done with our current provider, every time the line drops we lose the recording
CP 0 neutral | the phone company gives us recording for nothing so i'd struggle to pay for it on top
CH 0 hesitant | our duty managers listen to a handful of calls a week and write it up in a spreadsheet, it works okay
CI + interested | that's a lot slicker than the thing the other hotel group uses
C 0 neutral | we're with ringover for the phones and they do a bit of call analytics
P - unimpressed | that's steep for what's basically a recorder with a dashboard
P 0 concerned | per seat that adds up fast when you've got sixty agents
P 0 neutral | is there any wiggle room on that number
P - annoyed | you're having a laugh with that price
PB 0 concerned | that'd swallow most of what we've got for software this year
P 0 concerned | it's more than we pay for the phone lines themselves
P 0 neutral | we'd need a better rate for the seasonal staff, they're only with us four months
PH 0 hesitant | at that price i'd want to be really sure it works for us
P - unimpressed | for a ten seat travel shop that number's a bit rich
X 0 confused | sorry you lost me there is the coaching a person or the software
X 0 confused | wait so does it record the call or just the notes afterwards
X 0 confused | i'm not following how this plugs into the switchboard
X 0 confused | so what's a scorecard exactly in your world
X 0 confused | um sorry which bit's included and which bit is extra
XF - frustrated | i've asked twice now and i still don't get how you count a seat
X 0 confused | the what, sentiment tagging, no idea what that means for a car showroom
F - annoyed | this is the third time someone from your company has rung me this week
F - frustrated | i booked this for half an hour and we've spent twenty minutes on slides
F - annoyed | your support guy promised a callback on tuesday and nothing
F - annoyed | can we skip the script please i've heard it
F - annoyed | i gave your colleague all this last week, do you people not talk to each other
PF - annoyed | the price has gone up twice since your first email, it's getting silly
F - frustrated | every time i ask a straight question i get a webinar link
FC - frustrated | our current call recorder crashes every saturday night which is our busiest night, i'm sick of it
FX - frustrated | i've read your pricing page three times and it makes no sense to me
CU 0 stressed | the recording module on our old telephony platform dies in may, the vendor's pulling it
F - annoyed | no offence but you've told me about the dashboard three times now
IP + interested | i really like it, just the price makes me wince a bit
XH 0 confused | i'm not sure i even get what problem this solves for a ferry desk
C 0 neutral | the sister hotel went with a different call coaching product, we could just copy them
0 0 neutral | the other dealership on the ring road is always undercutting us on servicing
0 0 neutral | we use one app for the table bookings and another for the rota
0 0 neutral | the price isn't really the issue for us
0 0 neutral | the traffic was awful coming in today sorry i'm a bit late
0 0 neutral | the accounts team are slow with everything that's just how they are
"""

# No signal, English, that looks like one
EN_0 = """
0 0 neutral | we used to have a guy who listened to calls but he retired in 2019
0 0 neutral | the cruise line down the coast just opened a second booking office
0 0 neutral | do you do a discount for charities, just asking for the future
0 0 neutral | the discount you mentioned, is that on the first year or every year
0 0 neutral | our booking system is opera, does that matter
0 0 neutral | does it integrate with the switchboard in the showroom
0 0 neutral | i'm the owner so there's nobody else to ask really
0 + happy | cheers for sending the slides over earlier
0 0 neutral | the conference centre's closed on sundays except for weddings
0 0 neutral | we refitted the lobby last year, cost a bomb but it looks great
0 0 neutral | the ferries stop running in storms so the phones go crazy then
0 0 neutral | what sort of companies use it mostly, hotels or more call centres
0 - annoyed | our guests are a nightmare in august honestly
0 0 neutral | the head of sales is new, she came over from a rival hotel group
0 0 neutral | we've no deadline really, just curious
0 0 neutral | the restaurant across the square does half our covers on a friday
0 0 neutral | honestly there's no pressure, the season's done and dusted
0 0 neutral | how long do you keep the recordings for
0 0 neutral | our website people are redoing the booking page in march
0 0 neutral | how many languages does the transcription handle
0 0 neutral | is payment by card or bank transfer
0 0 neutral | we had a bad review last month about a rude call, it happens
0 0 neutral | hmm let me think, probably around four thousand calls a month
0 0 neutral | the event team uses a separate tool for floor plans
0 0 neutral | we switched cleaning companies in the summer, much better now
0 + happy | ok that's great thanks
0 0 neutral | where are your servers, is it europe
0 0 neutral | there's a new hotel opening next to us in may, we'll see
0 0 neutral | i'm just taking notes for now, i'll share them internally
0 0 neutral | the till system does the restaurant reports
0 0 neutral | the annual plan, is that paid upfront
0 0 neutral | we're a family business, my dad started the dealership in the eighties
0 0 neutral | we're not in any hurry, the new hotel doesn't open till 2028
0 0 neutral | the ten percent you gave us at the expo, is that still on
0 0 neutral | the gm's been raving about the new espresso machine all week
"""

# Closing readiness, French: le bon de commande, la date de démarrage, un oui signé ailleurs
FR_R = """
R + ready | bon écoutez on y va, vous m'envoyez un devis à signer et je vous le retourne dans la journée
RD 0 neutral | de mon côté c'est validé, le contrat vous l'adressez à monsieur ferrand au siège c'est lui qui paraphe
RU 0 stressed | les résas pour les traversées vers la corse ouvrent le dix faut que les conseillers soient formés avant, on cale ça quand
R 0 neutral | bon on signe, et derrière y a une phase de paramétrage ou on est opérationnels direct
R + happy | bah partons sur la formule équipe pour nos quatre agences
RB 0 neutral | l'enveloppe a été débloquée en comité hier donc on peut passer commande
RD + happy | la dg a adoré la démo elle m'a dit fonce, du coup c'est quoi la suite
PR 0 neutral | si vous m'offrez les trois premiers mois je vous signe ça avant vendredi
R 0 neutral | je mets la compta en copie pour qu'ils créent votre fiche fournisseur et on passe la commande derrière
RU 0 stressed | le salon du tourisme c'est dans quinze jours et je veux que ça tourne avant, envoyez le contrat aujourd'hui
R 0 neutral | ça vous va une validation par retour de mail ou il vous faut le kbis et tout le tralala
RD 0 neutral | pour moi c'est ok, reste la signature du directeur général mais je lui pose sur son bureau ce soir
R + pleased | nickel, vous ouvrez les accès pour l'atelier et l'accueil après-vente et on commence lundi
RI + excited | alors là on est complètement raccord, je veux ça pour le service groupes, on signe
R 0 neutral | on passe par une centrale d'achat, envoyez-leur votre offre pour qu'ils émettent le bon
R + happy | allez zou on démarre avec la brasserie de la gare et on étend aux autres après l'été
RD 0 neutral | le conseil a voté pour hier soir donc dites-moi juste ce qu'on doit préparer
RX 0 confused | on est partants mais j'ai reçu deux contrats et un avenant et je sais pas lequel signer
R 0 neutral | la facture au nom de la sas hôtelière avec notre numéro de commande et on lance
RU 0 stressed | notre vieux pabx est débranché le trente donc il me faut une date d'installation genre maintenant
R + interested | si vous branchez la ligne réservations pour le premier on signe tout de suite
CPR 0 neutral | faites-moi le même prix que l'autre boîte et je signe
R 0 neutral | qui sera notre chef de projet une fois que ce sera signé
RB + happy | les fonds sont validés par la compta donc c'est quand vous voulez pour la signature
R 0 eager | le bon de commande signé je vous l'envoie à vous ou à l'adresse de facturation
RI + excited | top top top, on peut commencer dès lundi avec l'équipe séminaires
RD 0 neutral | faites le contrat au nom du groupe, c'est la maison mère qui signe mais c'est acté
0 0 neutral | en général la mise en place ça prend combien de temps pour une structure comme la nôtre
0 0 neutral | je regarde mes dispos et je vous propose un créneau pour le prochain point
0 0 neutral | vous facturez au mois ou à l'année
0 0 neutral | y a un engagement minimum ou on peut arrêter quand on veut
0 0 neutral | la facture elle peut être en anglais pour l'agence de londres
"""

# Décideur et hésitation, français : propriétaires, maison mère, constructeur ; le doute dit à demi-mot
FR_DH = """
D 0 neutral | le directeur d'exploitation doit absolument voir ça et il est en séminaire à biarritz jusqu'à jeudi
D 0 neutral | nous on est une concession, ce genre d'outil c'est le constructeur qui dit oui ou non
DH 0 hesitant | faut que je sonde le chef de cuisine, s'il le sent pas ça passera jamais et moi j'hésite aussi
D 0 neutral | la compagnie est italienne donc pour tout ce qui est logiciel ça remonte à naples
D 0 neutral | y a une commission informatique tous les deux mois c'est elle qui arbitre
DH 0 hesitant | mon président est pas facile à convaincre et pour être franc moi non plus
D 0 neutral | au-dessus de cinq cents euros c'est le chef de concession qui valide pas moi
DB 0 neutral | le contrôle de gestion tient les cordons de la bourse, faudra qu'ils soient d'accord sur la dépense
D 0 neutral | ma soeur est co-gérante de l'agence, je signe rien sans elle et elle rentre de vacances lundi
DH 0 hesitant | je vais en toucher un mot aux gouvernantes et aux chefs de réception avant, j'ai un doute sur l'accueil
D 0 neutral | pour ça faut voir avec la directrice qualité moi je suis juste au standard
D 0 neutral | c'est le codir qui tranche et il se réunit en fin de trimestre
DU 0 stressed | le dg veut une réponse avant l'ouverture de la saison des séminaires et il a toujours pas ouvert le dossier
D 0 neutral | on fait partie d'un réseau d'agences indépendantes et ils doivent référencer chaque nouveau fournisseur
D 0 concerned | le patron va tiquer sur l'enregistrement des employés faut que je le prépare
DI + interested | moi je suis emballé faut juste que je fasse une démo au directeur des opérations
D 0 neutral | tant que la nouvelle direction régionale est pas nommée on peut rien acter
DU 0 concerned | les propriétaires veulent décider avant la saison d'hiver et ils sont de passage qu'une semaine
HD 0 hesitant | je préfère voir ce qu'en disent mes collègues des autres sites avant de m'avancer
XD 0 confused | honnêtement j'ai pas tout saisi et c'est moi qui dois le présenter à mon n plus un
D 0 neutral | les délégués du personnel devront être consultés avant qu'on enregistre quoi que ce soit
H 0 hesitant | mouais sur le papier c'est joli
H 0 hesitant | on a empilé les nouveaux outils cette année j'ai peur de la goutte d'eau
H - skeptical | je demande à voir si les conseillères iront vraiment consulter leurs scores
H 0 hesitant | on va prendre le temps de la réflexion hein, pas de précipitation
H - unimpressed | génial un écran de plus que personne regardera
H 0 hesitant | pour un plateau de quatre personnes je suis pas convaincu que ça vaille le coup
HB 0 concerned | les sous on pourrait les trouver, c'est le retour sur investissement qui me laisse perplexe
H 0 hesitant | nos vendeurs vn sont un peu vieille école ça va coincer
H 0 worried | enregistrer les appels des accompagnateurs euh je sais pas trop comment ils vont le vivre
H 0 hesitant | c'est séduisant mais je m'engage sur rien aujourd'hui
H - skeptical | l'ia qui coache les commerciaux on me l'a vendue trois fois déjà
H 0 hesitant | laissez-moi digérer tout ça je suis un peu le cul entre deux chaises
H 0 hesitant | je me demande si c'est pas un peu surdimensionné pour nous
H 0 hesitant | ouais enfin bon c'est pas le moment idéal entre les saisonniers et tout
H 0 worried | j'ai peur que les plus anciens le prennent comme du flicage et s'en aillent
H 0 hesitant | et si dans six mois plus personne s'en sert, vous voyez ce que je veux dire
0 0 neutral | ma cheffe est à top résa toute la semaine
0 0 neutral | la centrale de résa c'est moi qui la dirige donc la décision c'est moi
0 0 neutral | le proprio fait le marché le samedi avec le chef, c'est un bon vivant
0 0 neutral | euh attendez que je réfléchisse, on doit être vingt-cinq au téléphone en pleine saison
0 0 neutral | ma n plus un a bossé dix ans en centre d'appels donc elle connaît le sujet
0 0 neutral | je signe pour les six concessions du groupe depuis 2015
"""

# Urgence, fort intérêt, budget, français : les saisons, les ouvertures, l'argent prévu
FR_UIB = """
U 0 stressed | les ponts de mai arrivent et c'est là que le standard croule, faut que ce soit en place avant
U 0 concerned | l'ancien standard téléphonique est retiré de tous nos hôtels au premier mars
U 0 stressed | les portes ouvertes du nouveau suv c'est dans six semaines, faut que ce soit opérationnel
U 0 concerned | l'audit qualité du réseau c'est en novembre et y aura forcément la question des appels
UI + excited | c'est génial et franchement on en avait besoin pour avant-hier
UB 0 concerned | l'enveloppe formation disparaît au 31 mars donc c'est maintenant ou jamais
U 0 stressed | les salons du mariage commencent en février faut que mes commerciales soient prêtes d'ici là
U 0 worried | la rentrée des séminaires c'est dans un mois et on peut pas se permettre de rater des demandes de devis comme l'an dernier
UD 0 stressed | le directeur régional le veut avant la sortie du catalogue hiver et il me faut son accord d'ici mercredi
U 0 stressed | euh la brasserie rouvre le cinq après travaux et la ligne résa avec donc ça urge un peu
UI + eager | je le veux pour les vendanges, c'est exactement le trou dans la raquette
U 0 stressed | le mondial de l'auto c'est en octobre et on veut les vendeurs coachés avant, donc faut boucler ça cet été
U 0 concerned | le nouveau contrat de concession impose l'enregistrement des appels dès janvier
U 0 stressed | le sav déménage en avril et l'ancien enregistreur on le garde pas
IU + excited | pile ce qu'on cherchait et avec l'ouverture de la nouvelle salle en mars ça tombe nickel
BU 0 neutral | on a une aide de l'opco à consommer avant juin
HU 0 hesitant | les croisières fluviales reprennent en avril donc faut un truc mais je suis pas sûr que ce soit le vôtre
I + excited | ah mais attendez si ça me sort les appels où on a oublié de proposer le petit-déj c'est exactement ça
I + interested | bon là vous marquez un point, le coaching c'est ce qui nous manque
I + pleased | franchement je m'attendais à un gadget et c'est pas du tout ça
I + interested | rien que la recherche dans les transcriptions ça vaut le détour
I + happy | ma responsable plateau va sauter au plafond quand elle va voir ça
I + interested | ah ouais ça repère les demandes de devis groupe que personne a rappelées, ça c'est fort
I + excited | on pourrait le mettre dans les trois agences et au service groupes, je m'emballe là
I + interested | je vais pas vous mentir ça me parle
I + impressed | ah ouais quand même c'est bien foutu votre truc
IX + curious | la note par appel j'adore mais je comprends pas d'où sortent les points
I + happy | même nos réceptionnaires de l'atelier s'en serviraient c'est dire
I + interested | bah ça me retirerait une sacrée épine du pied avec les réclamations
IP + interested | ça me plaît vraiment c'est juste le tarif qui pique
I + excited | le résumé automatique après chaque appel de mariage mais c'est le rêve
B 0 neutral | on peut mettre genre quatre cents euros par mois pas plus
B 0 concerned | le groupe a gelé tous les investissements jusqu'au nouvel exercice
B 0 neutral | il nous reste des sous sur la ligne formation cette année
B - concerned | on a zéro euro de prévu pour ça, zéro
B 0 neutral | l'argent on l'a c'est plus le temps qui manque
B 0 neutral | chaque restaurant a une petite enveloppe outils à la discrétion du gérant
BD 0 neutral | je peux engager jusqu'à mille cinq au-delà faut passer devant le comité financier
BH 0 hesitant | on sort d'une grosse dépense avec le nouveau site donc c'est serré et je suis pas sûr
B 0 neutral | on a provisionné quelque chose pour la qualité d'accueil dans le budget de l'an prochain
HB 0 hesitant | on a les fonds mais je suis pas certain que ce soit la priorité
BI + interested | les moyens on les a et ce que vous montrez me plaît bien
B 0 worried | depuis la baisse des réservations groupe on surveille chaque dépense
0 0 neutral | on est ouverts sept jours sur sept, la ligne résa ferme à vingt-deux heures
0 0 neutral | l'an dernier pendant les grèves de ferries le téléphone arrêtait pas
0 0 neutral | rien ne presse de notre côté on fait juste un tour du marché
0 0 neutral | le responsable commercial est en congés jusqu'au vingt
0 + happy | merci c'était limpide vos explications sur les rapports
0 0 neutral | les commissions des plateformes de réservation c'est notre gros poste de dépenses
"""

# Concurrent, prix, confusion, frustration, français : l'opérateur, le contrat cadre, le devis illisible
FR_CPXF = """
C 0 neutral | pour l'instant c'est la messagerie de bouygues qui garde les appels et on réécoute quand y a un litige
C 0 neutral | le constructeur nous a imposé un outil de tracking d'appels pour les leads, c'est celui-là qu'on a
C 0 neutral | on est passés par une start-up l'an dernier pour la transcription, ils ont coulé depuis
C 0 neutral | genre on a aussi rendez-vous jeudi avec une boîte lyonnaise qui fait pareil
CU 0 concerned | l'abonnement chez aircall se termine fin du mois prochain donc faut qu'on tranche vite
CF - annoyed | avec notre prestataire actuel faut trois jours pour récupérer un enregistrement c'est n'importe quoi
CF - frustrated | l'outil qu'on a aujourd'hui rate un appel sur cinq et le support répond jamais
CP 0 neutral | on a la même chose incluse dans l'abonnement téléphonie du coup payer deux fois bof
CH 0 hesitant | la gouvernante générale fait ses écoutes à la main avec une grille papier et franchement ça suffit peut-être
CI + interested | par rapport à ce que nous sort le standard actuel c'est le jour et la nuit
C 0 neutral | notre centrale de résa sous-traitée à rabat s'occupe déjà de noter les appels
CU 0 stressed | la licence de l'outil d'écoute actuel expire le quinze et on a pas envie de renouveler
CD 0 neutral | le siège a déjà un contrat cadre avec un autre éditeur, faudrait que la direction achats accepte d'en sortir
C 0 neutral | l'informaticien du groupe dit qu'il peut nous monter un truc maison avec les enregistrements du pabx
FC - frustrated | on paye une fortune à notre opérateur pour un enregistrement qui marche une fois sur deux
C 0 neutral | on a déjà le devis d'un de vos concurrents sur le bureau
P - unimpressed | c'est pas donné pour un outil qui va surtout servir en haute saison
P 0 concerned | multiplié par nos quarante postes ça fait mal
P 0 neutral | vous pouvez faire mieux sur le prix si on s'engage sur trois ans
P - annoyed | à ce tarif-là je vous achète le standard avec
PB 0 concerned | ça dépasse largement ce qu'on a prévu pour l'informatique cette année
P 0 concerned | c'est plus cher que l'abonnement de tout notre logiciel de réservation
P 0 neutral | les postes des saisonniers vous les facturez pareil, parce que là ça fait beaucoup
PH 0 hesitant | pour ce prix-là faudrait que je sois sûr à cent pour cent que les équipes s'en servent
PD 0 concerned | mon associé va tomber de sa chaise en voyant le montant, vous avez une marge
P - unimpressed | ça fait cher la minute de transcription quand même
X 0 confused | pardon j'ai décroché, c'est un humain qui écoute ou c'est la machine
X 0 confused | donc ça enregistre tout ou seulement les appels qu'on choisit, j'ai pas compris
X 0 confused | le lien avec notre logiciel de résa je vois pas du tout comment ça marche
X 0 confused | attendez les scorecards et les grilles c'est la même chose ou pas
X 0 confused | euh je suis perdue entre l'offre de base et le pack coaching
XF - frustrated | je vous ai posé trois fois la question du rgpd et j'ai toujours pas compris la réponse
XH 0 confused | je vois pas bien à quoi ça servirait pour un comptoir de ferries où les appels durent deux minutes
X 0 confused | le speech analytics c'est quoi concrètement pour un atelier de carrosserie
FX - frustrated | votre devis est illisible je sais même pas ce que je paye
F - annoyed | troisième appel de votre commercial cette semaine ça commence à bien faire
F - frustrated | on devait parler vingt minutes et ça fait quarante qu'on est sur des slides
F - annoyed | votre support m'avait promis un retour lundi et toujours rien
F - annoyed | sérieux on peut zapper le discours commercial
PF - annoyed | votre prix a bougé deux fois depuis le premier devis faut arrêter
F - frustrated | j'ai déjà tout expliqué à votre collègue la semaine dernière, vous vous parlez pas entre vous
F - frustrated | à chaque question on me renvoie vers la faq c'est usant
F - annoyed | vous m'avez déjà montré cet écran deux fois hein
0 0 neutral | la concession d'en face fait des promos sur les révisions tous les mois
0 0 neutral | pour les tables on a thefork et pour les plannings un autre logiciel
0 0 neutral | c'est pas une question de prix hein c'est juste que je veux comprendre le fonctionnement
0 0 neutral | la tva elle est incluse dans le montant que vous m'avez donné
0 0 neutral | désolée pour le retard y avait un bouchon monstre sur le périph
0 0 neutral | vous comptez par utilisateur ou par site
"""

# Sans signal, français, qui en a l'air
FR_0 = """
0 0 neutral | y a eu une formation accueil téléphonique en 2019 mais c'était ponctuel
0 0 neutral | la compagnie concurrente a ouvert une ligne marseille-bastia cet été
0 0 neutral | la remise de lancement elle s'applique aussi au renouvellement
0 0 neutral | on tourne sous mews pour le pms ça pose un souci
0 0 neutral | ça se connecte au standard de la concession
0 0 neutral | c'est mon hôtel donc c'est moi qui décide de toute façon
0 + happy | merci pour la doc envoyée ce matin
0 0 neutral | le palais des congrès est fermé en août sauf pour les gros salons
0 0 neutral | on a refait toutes les chambres l'hiver dernier ça a coûté un bras
0 0 neutral | quand le mistral souffle les bateaux restent à quai et ça sonne dans tous les sens
0 0 neutral | vous avez surtout des clients dans l'hôtellerie ou un peu de tout
0 0 neutral | le logiciel de paie c'est une horreur mais bon c'est un autre sujet
0 - annoyed | les clients de juillet sont infernaux franchement
0 0 neutral | notre nouveau directeur commercial vient d'un groupe de campings concurrent
0 0 neutral | y a pas de date butoir on se renseigne c'est tout
0 0 neutral | le resto d'en face nous pique pas mal de clients le midi
0 0 neutral | les enregistrements vous les gardez combien de temps
0 0 neutral | avec la pluie personne vient faire d'essai routier cette semaine
0 0 neutral | l'agence web refait le site de réservation en mars
0 0 neutral | la transcription elle marche en espagnol aussi, on a pas mal de clients de barcelone
0 0 neutral | vous prenez le prélèvement ou c'est virement uniquement
0 0 neutral | on a eu un avis google pas terrible sur un appel le mois dernier ça arrive
0 0 neutral | bah je dirais trois quatre mille appels par mois à la louche
0 0 neutral | l'équipe événementiel a son propre outil pour les plans de table
0 0 neutral | on a changé de prestataire de linge cet été et c'est le jour et la nuit
0 + happy | impec merci beaucoup pour le temps pris
0 0 neutral | les données sont hébergées en france ou ailleurs
0 0 neutral | y a un hôtel de chaîne qui ouvre à deux rues en mai on verra bien
0 0 neutral | je prends des notes là et je ferai un compte rendu à l'équipe
0 0 neutral | les chiffres du resto c'est la caisse qui les sort
0 0 neutral | l'abonnement annuel il se règle en une fois
0 0 neutral | c'est une affaire de famille, mon grand-père a ouvert le garage en 1972
0 0 neutral | le patron a bien rigolé avec vos goodies au salon
0 0 neutral | du coup l'offre de base c'est combien d'utilisateurs max
0 0 neutral | on a une croisière sur le douro qui part demain c'est le rush au comptoir
"""


BLOCKS = [
    (EN_R, "en", "client"), (FR_R, "fr", "client"),
    (EN_DH, "en", "client"), (FR_DH, "fr", "client"),
    (EN_UIB, "en", "client"), (FR_UIB, "fr", "client"),
    (EN_CPXF, "en", "client"), (FR_CPXF, "fr", "client"),
    (EN_0, "en", "client"), (FR_0, "fr", "client"),
]
