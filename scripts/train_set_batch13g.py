"""Batch 13g of the analyzer's call-speech training data: client turns only, in
English and French (the French written as a French speaker would say it, not
translated), in the notation of scripts/data_notation.py:

    LABELS SENTIMENT emotion | text

Situations: airport ground-service companies (ramp, check-in, lost baggage,
reduced-mobility assistance), rail group-travel desks, bike-share and e-scooter
schemes, school-transport contractors, employee relocation firms and
travel-insurance claims lines. Labelled after docs/labelling.md, including its
"Cases the guide left open, decided"; the cases it lists as still open are
avoided.

208 English and 206 French lines. Lines carrying each signal: C 52, P 46,
D 44, R 44, B 40, U 40, H 40, I 40, F 35, X 30;
118 lines with no signal (0) that look like one, leaning on look-alikes of
competitor (tools for other jobs such as rostering, claims files, route
planning, booking portals; the speaker's own rivals; suppliers of other
things) and of price objection (neutral price, VAT, invoice and payment-term
questions, prices of other things, a price found fair), besides a boss merely
mentioned, "I decide", opening hours, past events, polite thanks, "let me
think" as a formality and negations ("the price isn't what's bothering me",
"rien ne presse").

Blocks: competitor and its look-alikes (EN_C, FR_C); price objection and its
look-alikes (EN_P, FR_P); decision maker, closing readiness and budget (EN_DRB,
FR_DRB); urgency, hesitation and strong interest (EN_UHI, FR_UHI); frustration,
confusion and mixed lines (EN_FX, FR_FX)."""

EN_C = """
C 0 neutral | the ramp office calls go through whatever the airport's phone contract gives us and that records them already
CP - annoyed | the lot we use now for the claims line charge about half that and they throw in transcripts
CU 0 concerned | our recording deal with the carrier runs out end of next month so um we need something lined up
C 0 neutral | the group desk supervisor just listens in live and jots notes in a shared doc that's our scoring really
CH 0 hesitant | i mean the thing we've got isn't pretty but the agents know it inside out
CF - frustrated | our current provider lost a whole week of claims calls in march and nobody could tell us why
CD 0 neutral | the ops director picked the system we have and he'd be the one who has to drop it
C 0 neutral | uh our it contractor reckons he could bolt a recorder onto the phones for next to nothing
CI + interested | ok that scoring screen is miles ahead of what zendesk gives us
C 0 neutral | we had a chap from another call analytics firm in on tuesday showing pretty much this
CP 0 concerned | the other quote sitting on my desk is a good bit lower for the same seats
C 0 neutral | the scooter scheme's support line runs through aircall and that saves every call anyway
CX 0 confused | sorry how is this different from the recordings our phone company already keeps
CU 0 neutral | we're out of contract with the relocation line's recording people on the first so timing's good
C 0 neutral | the claims team have been using a free transcription plugin for like a year now
CB 0 concerned | whatever we stop paying the current lot is basically what i'd have for you
CR + happy | we've given notice to the old provider so send over the contract and we'll crack on
CF - annoyed | the people we're with take a week to answer a ticket and i'm sick of chasing them
C 0 neutral | head office rolled out a call coaching tool at the other depots and we might just get that one
CH 0 hesitant | our phones kind of do some of this already so i'm not sure i need another layer on top
CP - unimpressed | you'd have to come a long way down to beat what ringover bundles in for free
C 0 neutral | the school bus dispatchers log every parent call in a big spreadsheet and go through it on fridays
CD 0 neutral | the council wants all its transport contractors on the recording system they already licence and they decide that
C 0 neutral | honestly it's a notebook by the phone at the bike depot that's the whole system
CU 0 stressed | orange are switching off our old call recorder on the thirtieth and we've got nothing to replace it
0 0 neutral | we use a rostering app for the ramp crews but that's nothing to do with phones
0 0 neutral | the other ground handlers here are all fighting us for the same two airline contracts
0 0 neutral | our fuel supplier changed last month which made a right mess of the invoices
0 0 neutral | the claims system is guidewire but that's for the files not the calls
0 0 neutral | the bike repairs go to an outside workshop they're pretty good actually
0 0 neutral | we plan the school runs with a route planning tool and it does the job
0 0 neutral | there's a new e-scooter operator in town undercutting everyone on ride prices
0 0 neutral | the relocation firm down the road just won the big bank account we were after
0 0 neutral | we book the group tickets straight through the rail operator's own portal
0 0 neutral | does it plug into our switchboard or would we have to change that as well
0 0 neutral | timesheets for the check-in staff come from an agency on their own system
0 0 neutral | we switched cleaning contractors for the terminal offices back in may
0 0 neutral | the insurer we run claims for has strict brand rules on how we answer the phone
0 0 neutral | the coach firms we compete with for the school contracts are all family outfits
0 0 neutral | our relocation clients get their movers from a partner company in rotterdam
"""

EN_P = """
P - annoyed | that's a lot of money for something that basically listens to phone calls
P 0 concerned | hmm that's a fair bit north of what i had in my head
PR 0 neutral | shave fifteen percent off and we'll sign this week
PB - worried | that would swallow the whole training budget for the claims team and then some
P - unimpressed | for a bike share support desk of six people that's steep innit
P 0 neutral | is there any wiggle room on that number at all
P - frustrated | you're having a laugh with the per seat price surely
PB 0 concerned | that's way more than we set aside for this i'm afraid
P 0 concerned | is there a cheaper version without all the coaching bits because that's a stretch
PD 0 concerned | my finance director will choke on that figure so it'd need to come down before i take it up
P - annoyed | it's more than our whole phone bill for the year that's mad
PR + neutral | throw in the setup for free and you've got yourself a deal
P 0 hesitant | bit rich for a little school transport outfit like us to be honest
PI + interested | love it genuinely but that number would have to drop a notch
PF - annoyed | and now setup is extra on top of all that this is getting silly
P 0 concerned | what can you do on price if we commit for three years cause that number's hard to swallow
P - unimpressed | i could hire a part-time team leader for that kind of money
PX 0 confused | wait so the price doubles if we add the scooter repair line how does that work
PH 0 hesitant | um that's more than i hoped and i'm not sure we'd use enough of it yet
PB - worried | we'd need to find double what we've got to pay that
0 0 neutral | how much is it per user per month roughly
0 0 neutral | is vat on top of that or included
0 0 neutral | is that price in euros or pounds because our parent company's in lyon
0 0 neutral | the price honestly isn't what's bothering me it's all fine
0 + satisfied | that seems fair for what it does
0 0 neutral | group fares went up again in january which didn't go down well with the schools
0 0 neutral | the claims excess on most of our policies is a hundred and fifty quid now
0 0 neutral | a ride on our scooters is about twenty five pence a minute on the standard tariff
0 0 neutral | the ten percent you mentioned before is that only on the first year
0 0 neutral | do you bill monthly or quarterly
0 0 neutral | what are your payment terms thirty days or sixty
0 0 neutral | diesel for the minibuses has gone through the roof this year
0 + satisfied | yeah the pricing's about where i expected it to be no complaints
0 0 neutral | is the setup fee a one-off or do we pay it every year
0 0 neutral | a full relocation package for one of our families comes to about twelve grand
0 0 neutral | the de-icing contract alone costs us more than i earn in a year ha
0 0 neutral | so that figure covers recording and transcription both yeah
0 0 neutral | we charge schools per seat per term so i know how these per seat things work
"""

EN_DRB = """
D 0 neutral | i'd have to run it past the claims director before anything moves
D 0 neutral | uh the station manager signs off on anything like this not me
DH 0 hesitant | i'll take it to the board but i'm not sold on it myself yet
D 0 neutral | nothing happens till our md's back from dubai on the fourteenth
D 0 neutral | the council funds the contract so their transport officer has to see it first
DR + happy | right send it over and our head of ops will sign it
D 0 neutral | the airline we handle for gets a say in anything that records their passengers
D 0 neutral | anything new goes to the committee and they only meet once a quarter
DI + interested | i really like this i'm showing it to my boss first thing tomorrow
D 0 neutral | the scheme's owned by the city so their procurement people have the final word
DU 0 concerned | the owner has to sign before the franchise review on the thirtieth
DR + happy | our director gave it the thumbs up this morning so um let's get the ball rolling
D 0 neutral | i'd need to bring the partners round and they're a tough crowd
DF - annoyed | i've sent it up three times and my manager still hasn't looked at it
DH 0 doubtful | um i can't see head office going for it to be honest
D 0 neutral | the union rep has to be shown it before we record anyone's calls
D 0 neutral | the franchise owner has to okay it
RD 0 neutral | send the order form and the data agreement so legal can go through it
0 0 neutral | my boss is on leave this week by the way
0 0 neutral | i run the claims line so it's my decision
0 0 neutral | i own the company so i'd be the one signing whatever we go with
0 0 neutral | my manager came over from the airline side originally
0 0 neutral | our director was on the last call too she's just dashed into another meeting
R + happy | ok what do you need from us to get started
R 0 neutral | right so who does the purchase order go to on your end
R 0 neutral | just send the invoice to our accounts team and they'll pay it straight off
R + happy | right let's do it what's the start date
R 0 neutral | if you can set it up by the first we'll start on the second
R + interested | pop the contract over and i'll get it back to you today
RI + excited | this is exactly it honestly where do i sign
RB + happy | the spend got signed off yesterday so we can crack on
R 0 neutral | so what happens after we say yes do you come on site or
R 0 neutral | let's book the onboarding for the week after next
R + happy | go on then set us up for the twelve claims handlers
RB + happy | we put money aside for exactly this so let's go
0 0 neutral | how does onboarding normally work for a team our size
0 0 neutral | hang on let me look at my diary for the next call thing
0 0 neutral | what's the notice period if we ever want to leave
0 0 neutral | can it tag the calls by route number
B 0 neutral | we've got we've got about ten grand earmarked for the claims desk this year
B - worried | money's frozen until the new financial year i'm afraid
B + happy | cost isn't really a worry we've got money for this
B 0 concerned | there's next to nothing left after buying the new scooters
B 0 neutral | the money exists it's more about when
BH 0 hesitant | we could probably find the money i just don't know if this is the year for it
B 0 neutral | we run on really thin margins as a school transport contractor there's not much spare
B 0 concerned | every penny this year went on the new terminal badges
B 0 neutral | there's a pot for quality improvements that this could come out of
"""

EN_UHI = """
U 0 concerned | we need this running before the summer holiday rush at the airport
U 0 stressed | the airline audit is in three weeks and they'll want call records
U 0 concerned | the old recorder basically dies in april when the phones get swapped over
U 0 stressed | the council review of our contract is on the fifteenth so yesterday really
U 0 concerned | ski season claims start flooding in in december so it has to be before that
U 0 neutral | september's when all the relocations land so we'd want it in before then
RU + excited | can we go live before the september school runs start
U 0 stressed | we've had three complaints go to the regulator this month we need something in place now
UH 0 hesitant | we're up against it time wise but i'm still not convinced this is the answer
U 0 concerned | the new rail franchise starts in march and they want every group booking call logged from day one
UB 0 concerned | it has to be in before the inspection and there's no money for it yet
0 0 neutral | no rush at all we're just having a look around
0 0 neutral | the desk is open seven till seven weekdays
0 0 neutral | we had a shocking winter last year with the snow closures
0 0 neutral | i'm off on holiday next week so maybe email me
0 0 neutral | whenever suits there's no deadline on our side
H 0 hesitant | i dunno i'm just not sure we'd use half of it
H 0 hesitant | let me sleep on it to be honest
H 0 wary | sounds great on paper but i've been burned by shiny tools before
H - skeptical | great another dashboard my supervisors will never open
H 0 hesitant | im not against it im just not there yet
H 0 hesitant | maybe next year when things calm down a bit
H 0 doubtful | will the drivers even put up with being recorded i'm not sure about that
HX 0 confused | i don't really get what the scoring would give us so i'm on the fence
IH 0 hesitant | i like it i just don't know if we can swing it right now
H 0 hesitant | hmm i'd want to see it with real calls before i'd believe it
0 0 neutral | let me think um about twenty agents across the two shifts
I + interested | oh thats actually really really clever
I + excited | the auto summary of claims calls would save us hours honestly
I + interested | not bad at all that not bad at all
I + happy | i can see the dispatchers loving that
I + interested | can you show me the coaching bit again that's the part i want
IU + excited | we'd want this before peak season it's exactly what we've been missing
I + interested | huh i wouldn't say no to that
I + happy | that search across calls is the thing i've been after for ages
0 + neutral | thanks that's helpful
0 0 neutral | nice ok and what about storage
"""

EN_FX = """
F - annoyed | this is the third time i've explained our setup to your company
F - frustrated | your team promised a callback on monday and nobody rang
F - annoyed | can we skip the slides please i've got a plane to turn round
F - frustrated | every time i ask a straight question i get a sales pitch back
F - annoyed | you've sent me four emails since yesterday give it a rest
F - frustrated | the trial account still doesn't work and it's been a week
F - annoyed | no offence but you clearly haven't read a word of what i sent
FC - frustrated | i'm done with the current recorder it drops half the calls from the scooter app
FH - annoyed | your colleague said something totally different last week so i don't know what to believe
F - annoyed | i said twelve seats not twenty can we get that right at least
0 0 neutral | the traffic round the terminal is a nightmare today
0 0 neutral | the parents are always moaning about the buses being late it's part of the job
0 0 neutral | finance never answer our emails either that's just how it is here
X 0 confused | sorry i lost you at the scoring part what's it actually scoring
X 0 confused | so does it does it pick up the driver radios or just the phones
X 0 confused | hang on i'm lost is transcription part of it or not
X 0 confused | what do you mean by coaching is that a person or the software
X 0 confused | sorry you broke up what was that about seats
X 0 confused | i don't follow how the calls get into it if we're on mobiles
X 0 confused | wait which bit is the recording and which bit is the scoring
X 0 confused | um so where do the recordings actually live i don't get it
XI + curious | i don't quite get the keyword thing but it sounds like what we need
XD 0 confused | i'm not sure i understood enough to explain it to my director to be honest
X 0 confused | sorry what's a seat in your world is it a person or a phone
0 0 neutral | it's cold on the ramp today i'm still thawing out
0 0 neutral | we moved offices in the summer so the number changed
0 + neutral | lovely to speak to you again
0 0 neutral | our claims volumes doubled after the easter storms last year
0 0 neutral | the group desk has four people and a trainee
IR + excited | brilliant that's sorted then when can your people come in and set it up
IU + excited | we need something before the half-term rush and honestly this looks spot on
BI + interested | we've got money set aside for tech this year and this is top of my list
BR + happy | finance have released the money so just tell me where the paperwork goes
UF - stressed | the recorder's being pulled on friday and your lot still haven't sent a quote
FB - annoyed | i told you on the first call there's no money this year why are we still going round in circles
XH 0 confused | i can't picture how it'd work with drivers out on the road so i'm a bit wary
IR + happy | yeah we're in let's get the relocation consultants on it first
U 0 concerned | the airline contract is up for renewal in may and call quality is on their scorecard
HB 0 hesitant | i'd rather wait and see what's left in the pot after the summer
I + pleased | my word that's slick
F - frustrated | i've been on hold with your support twice this week and we're not even customers yet
U 0 stressed | the new terminal opens on the ninth and every airline in it wants its calls recorded from day one
I + interested | go on then tell me more about the coaching side i'm all ears
F - annoyed | mate i've told you twice we don't do outbound calls at all
0 0 neutral | we lost a bid to a rival relocation outfit last spring no hard feelings
"""

FR_C = """
C 0 neutral | euh chez nous les appels des passagers à mobilité réduite sont déjà enregistrés par la plateforme de l'aéroport
CP - annoyed | bah écoutez notre opérateur nous fait l'enregistrement pour trois euros le poste alors bon
CU 0 concerned | le contrat avec keyyo on l'a dénoncé il se termine le trente et un donc faut qu'on se décide vite
C 0 neutral | pour les sinistres voyage on a un prestataire qui nous sort des stats d'écoute tous les mois
CH 0 hesitant | le truc qu'on a c'est pas la panacée mais bon les gens ont leurs habitudes dessus
CF - frustrated | franchement l'outil actuel plante dès qu'on dépasse vingt appels en même temps c'est infernal
CD 0 neutral | c'est la maison mère qui a signé avec l'éditeur actuel pour toutes les filiales c'est pas moi qui peux casser ça
C 0 neutral | le stagiaire nous a fait une petite moulinette python qui transcrit les messages vocaux
CI + interested | ouais non là clairement c'est un autre niveau que la permanence qu'on paye aujourd'hui
C 0 neutral | y a une start-up lyonnaise qui nous a démarchés la semaine dernière pour la même chose
CP 0 concerned | genre le concurrent il était presque trente pour cent en dessous sur sa proposition
C 0 neutral | les trottinettes c'est le centre de contact de notre maison mère à lisbonne qui gère et ils ont leur outil
CX 0 confused | attendez si teams enregistre déjà nos appels vous faites quoi de plus je suis pas sûr de suivre
CU 0 neutral | notre engagement chez bouygues pour la téléphonie et l'enregistrement se finit en juin pile au bon moment
C 0 neutral | à la centrale de réservation groupes on réécoute les appels sur le portail de l'opérateur quand y a un litige
CB 0 concerned | l'enveloppe c'est ce qu'on donne aujourd'hui à la société d'écoute pas un euro de plus
CR + happy | ok on lâche l'ancien système de notation on part chez vous vous m'envoyez le bon de commande
CF - annoyed | la boîte qui nous fait la permanence sinistres a encore perdu des enregistrements j'en ai ras le bol
C 0 neutral | le dsi parle de développer un truc en interne avec de l'ia open source
CH 0 hesitant | bon on a déjà ringcentral qui fait une partie du boulot je me demande si ça vaut le coup d'ajouter ça
CP - unimpressed | le module qualité de diabolocom coûte moins que ça et il est déjà branché
C 0 neutral | pour le ramassage scolaire la régulatrice fait ses écoutes à la main avec une grille papier
CD 0 neutral | c'est l'assureur porteur du risque qui impose le prestataire d'enregistrement et lui seul peut en changer
C 0 neutral | on avait essayé une solution de speech analytics il y a deux ans et on l'a arrêtée
CU 0 stressed | sfr nous coupe l'ancienne option d'enregistrement à la fin du trimestre et j'ai rien derrière
0 0 neutral | on a un logiciel de gestion des bagages perdus mais c'est un autre sujet
0 0 neutral | nos concurrents sur l'escale c'est les deux gros groupes qui ont les contrats des low cost
0 0 neutral | on a changé de loueur pour les tracteurs de piste et franchement ça se passe bien
0 0 neutral | l'outil de gestion des dossiers sinistres on l'a depuis dix ans il fait le job
0 0 neutral | la maintenance des batteries de trottinettes est sous-traitée à une boîte de recyclage
0 0 neutral | le logiciel qui calcule nos tournées de cars est vieux mais il marche
0 0 neutral | un nouvel acteur du vélo en libre-service vient de gagner l'appel d'offres de la ville voisine
0 0 neutral | les autres cabinets de mobilité internationale cassent les prix sur les expatriations en asie
0 0 neutral | les réservations groupes on les fait dans l'outil de distribution de la sncf
0 0 neutral | est-ce que ça s'intègre avec notre crm salesforce ou pas
0 0 neutral | la paie des agents de piste est faite par un cabinet externe
0 0 neutral | on passe par un déménageur partenaire pour toutes les familles qui arrivent de l'étranger
0 0 neutral | le traiteur qui livre les salons de l'aéroport vient de changer ses prix
0 0 neutral | les gars de la concurrence sur le transport scolaire ont répondu moins cher au dernier marché du département
0 0 neutral | notre agence de com a refait le site l'an dernier
"""

FR_P = """
P - annoyed | ah oui quand même c'est pas donné votre truc
P 0 concerned | hmm je m'attendais à quelque chose de plus raisonnable je vous cache pas
PR 0 neutral | si vous me faites un geste sur la licence je vous signe le devis dans la foulée
PB - worried | ça exploserait complètement l'enveloppe qu'on a pour l'outillage du plateau
P - unimpressed | pour quatre conseillers sur la hotline vélos ça fait cher le poste
P 0 neutral | genre vous pouvez pas faire un petit effort sur le pricing
P - frustrated | non mais à ce prix-là vous vous moquez un peu de nous
PB 0 concerned | on avait prévu genre la moitié de ça dans le budget
P 0 concerned | y aurait pas une version light parce que là ça fait mal au portefeuille
PD 0 concerned | avec ce montant le président me renvoie direct faut revoir le chiffre avant que j'en parle
P - annoyed | ça coûte plus que nos lignes télécoms sur l'année c'est délirant
PR + neutral | offrez-nous les trois premiers mois et c'est bon pour moi
P 0 hesitant | pour une pme de cars scolaires c'est un peu au-dessus de nos moyens ce tarif
PI + interested | le produit est top vraiment mais le prix faut le retravailler
PF - annoyed | et maintenant les frais de formation en plus c'est une blague
P 0 concerned | vous pouvez descendre combien si on prend sur trois ans parce que tel quel ça passe pas
P - unimpressed | pour ce prix-là j'embauche un superviseur en alternance
PX 0 confused | je comprends pas pourquoi le prix grimpe autant avec les minutes enregistrées ça fait cher au final
PH 0 hesitant | bof je trouve ça cher et je sais pas si on en tirerait vraiment quelque chose
PB - worried | même en raclant les fonds de tiroir on arrive pas à ce montant
0 0 neutral | le prix que vous donnez c'est par conseiller ou par ligne
0 0 neutral | c'est hors taxe votre tarif
0 0 neutral | vous acceptez le paiement par virement ou seulement prélèvement
0 0 neutral | le tarif c'est pas le problème honnêtement on verra ça après
0 + satisfied | c'est un prix honnête pour ce que vous proposez
0 0 neutral | les billets de groupe en tgv ont pris dix pour cent depuis l'an dernier
0 0 neutral | un rapatriement sanitaire ça peut coûter trente mille euros facile
0 0 neutral | l'abonnement annuel au vélo chez nous c'est trente-neuf euros
0 0 neutral | la remise de lancement dont vous parliez elle s'applique aussi aux options
0 0 neutral | la facture elle arrive en début ou en fin de mois
0 0 neutral | on règle à quarante-cinq jours fin de mois chez nous c'est ok pour vous
0 0 neutral | l'assurance des cars a pris quinze pour cent cette année c'est la folie
0 + satisfied | bon bah c'est dans les clous de ce que j'imaginais
0 0 neutral | y a des frais d'installation ou c'est compris dedans
0 0 neutral | un bail de logement de fonction à munich c'est hors de prix en ce moment
0 0 neutral | la redevance aéroportuaire a encore augmenté au premier janvier
0 0 neutral | donc le coaching est inclus dans ce prix-là ou c'est une option
0 0 neutral | nous on facture les mairies au kilomètre donc les tarifs dégressifs je connais
"""

FR_DRB = """
D 0 neutral | faut que j'en parle au directeur de la station avant quoi que ce soit
D 0 neutral | chez nous tout achat passe par le service achats du groupe à paris
DH 0 hesitant | je vais le remonter à la direction mais moi-même j'ai encore des doutes
D 0 neutral | mon patron est en déplacement à singapour et rien se signe sans lui
D 0 neutral | c'est l'autorité organisatrice des transports qui doit donner son feu vert
DR + happy | parfait préparez le contrat c'est notre dg qui le signera jeudi
D 0 neutral | la compagnie aérienne cliente doit valider tout ce qui touche à l'enregistrement de ses passagers
D 0 neutral | ça doit passer en codir et le prochain c'est dans six semaines
DI + interested | j'accroche vraiment je vais le présenter à ma n plus un dès lundi
D 0 neutral | le vélo en libre-service c'est une dsp donc la collectivité doit approuver
DU 0 concerned | la gérante doit signer avant le comité de franchise de fin de mois
DR + happy | le conseil a dit banco hier soir donc on lance
D 0 neutral | faut que je convainque mes deux associés et ils sont durs en affaires
DF - annoyed | ça fait un mois que j'attends que mon chef se penche dessus c'est usant
DH 0 doubtful | honnêtement je pense pas que le groupe suive
D 0 neutral | faut que le dpo valide avant qu'on enregistre qui que ce soit
D 0 neutral | le président de l'association doit donner son accord
RD 0 neutral | vous m'envoyez les cgv et le contrat je les transmets à notre juriste pour relecture
0 0 neutral | mon chef est en arrêt maladie en ce moment le pauvre
0 0 neutral | c'est moi le responsable du plateau donc c'est moi qui tranche
0 0 neutral | je suis la gérante donc la signature c'est moi
0 0 neutral | mon directeur a été chef d'escale pendant quinze ans
0 0 neutral | notre dg passe souvent sur le plateau pour écouter les appels d'ailleurs
R + happy | bon qu'est-ce qu'il vous faut pour qu'on commence
R 0 neutral | le bon de commande je l'adresse à qui chez vous
R 0 neutral | envoyez la facture au service comptable et on paye à réception
R + happy | allez c'est parti on démarre quand
R 0 neutral | si c'est installé d'ici le quinze on lance la semaine d'après
R + interested | faites-moi parvenir le contrat je vous le retourne dans la journée
RI + excited | c'est pile ce qu'il nous faut on signe
RB + happy | les fonds ont été débloqués ce matin donc on peut avancer
R 0 neutral | et une fois signé ça se passe comment concrètement la mise en place
R 0 neutral | on peut caler le kick-off avec les conseillers mardi prochain
R + happy | go on part sur les quinze postes du plateau sinistres
RB + happy | on a provisionné ce qu'il faut donc on y va
0 0 neutral | le déploiement en général ça prend combien de temps chez vos clients
0 0 neutral | je regarde mes dispos pour qu'on se recale un point
0 0 neutral | c'est quoi la durée d'engagement minimum
0 0 neutral | est-ce qu'on peut filtrer les appels par gare de départ
B 0 neutral | euh on a une ligne de quinze mille au budget pour la qualité cette année
B - worried | tout est gelé jusqu'au nouvel exercice malheureusement
B + happy | côté budget on est large on a de quoi faire
B 0 concerned | on a tout mis dans les nouveaux vélos électriques il reste plus rien
B 0 neutral | l'argent on l'a c'est plutôt le calendrier qui coince
BH 0 hesitant | on pourrait trouver les sous mais je suis pas sûr que ce soit la priorité
B 0 neutral | les marchés de transport scolaire c'est des marges minuscules on a pas de gras
B 0 concerned | cette année tout est passé dans la rénovation des comptoirs
B 0 neutral | y a une ligne formation qui pourrait financer une partie
"""

FR_UHI = """
U 0 concerned | il faut que ce soit opérationnel avant les départs en vacances de juillet
U 0 stressed | on a un audit iosa dans trois semaines et ils vont nous demander des preuves d'écoute
U 0 concerned | notre autocom est débranché en avril et l'enregistrement part avec
U 0 stressed | le renouvellement du marché avec le département c'est dans dix jours donc faut aller vite genre asap
U 0 concerned | la saison des sinistres neige commence en décembre il faut que ce soit prêt avant
U 0 neutral | les mutations d'été arrivent toutes en août donc idéalement avant
RU + excited | on peut démarrer avant la rentrée scolaire
U 0 stressed | on a eu trois dossiers au médiateur de l'assurance ce mois-ci il faut un truc maintenant
UH 0 hesitant | on est un peu pressés mais je suis pas encore sûr que ce soit la bonne réponse
U 0 concerned | la nouvelle convention ter démarre en mars et la région veut toutes les réservations groupes tracées
UB 0 concerned | faut que ce soit en place avant le contrôle et on a pas encore le financement
0 0 neutral | rien ne presse on se renseigne juste
0 0 neutral | on est joignables de huit heures à vingt heures sept jours sur sept
0 0 neutral | la grève de décembre dernier on s'en souvient encore
0 0 neutral | je pars en congés vendredi donc rappelez-moi plutôt début du mois
0 0 neutral | on a pas de date butoir de notre côté
H 0 hesitant | je sais pas je suis pas convaincu qu'on s'en servirait vraiment
H 0 hesitant | laissez-moi mûrir ça quelques jours
H 0 wary | c'est joli tout ça mais les promesses des éditeurs je connais
H - skeptical | super encore un outil que personne va ouvrir
H 0 hesitant | je dis pas non mais je dis pas oui non plus
H 0 hesitant | bah on verra plutôt l'année prochaine hein
H 0 doubtful | les chauffeurs vont pas aimer être écoutés et ça me freine
HX 0 confused | je comprends pas bien ce que la notation apporte donc j'hésite
IH 0 hesitant | c'est séduisant mais je sais pas si c'est le moment pour nous
H 0 hesitant | euh faudrait que je voie ça tourner sur nos propres appels avant d'y croire
0 0 neutral | alors attendez que je réfléchisse on doit être une trentaine en comptant les intérimaires
I + interested | ah ouais ça c'est vraiment bien pensé
I + excited | le résumé automatique des déclarations de sinistre ça nous changerait la vie
I + interested | c'est pas mal hein c'est pas mal du tout
I + happy | les superviseurs vont adorer ça j'en suis sûr
I + interested | revenez sur le tableau de coaching c'est ça qui m'intéresse
IU + excited | on en a besoin avant l'été et franchement c'est exactement le truc
I + interested | je dirais pas non à une démo plus poussée
I + happy | la recherche par mot-clé dans les appels c'est ce que je cherchais depuis longtemps
0 + neutral | merci beaucoup c'est clair
0 0 neutral | ok cool et la durée de conservation
"""

FR_FX = """
F - annoyed | bon je vais être franche votre démo tout à l'heure c'était le bazar
F - frustrated | trois semaines pour avoir un devis sérieux c'est pas sérieux justement
F - annoyed | votre chatbot m'a baladée vingt minutes avant que j'arrive à avoir un humain
F - frustrated | non mais laissez-moi finir mes phrases s'il vous plaît
F - annoyed | on m'a facturé le mois d'essai alors que c'était censé être gratuit
F - frustrated | vos commerciaux changent tous les deux mois on recommence toujours à zéro
F - annoyed | j'ai pas le temps pour un webinar de quarante-cinq minutes on est en pleine rentrée
FC - frustrated | la plateforme d'écoute qu'on a aujourd'hui c'est une usine à gaz j'en ai marre
FH - annoyed | votre offre a changé trois fois depuis le premier rendez-vous j'avoue que ça me refroidit
F - annoyed | c'est exactement le genre de réponse toute faite qui m'agace
0 - annoyed | la navette entre les terminaux était en panne ce matin quelle galère
0 0 neutral | les assurés nous engueulent quand le remboursement traîne c'est normal
0 0 neutral | le service informatique du groupe est toujours débordé ça change pas
X 0 confused | attendez j'ai pas capté le scoring c'est vous qui notez ou c'est la machine
X 0 confused | ça enregistre aussi les appels whatsapp des chauffeurs ou pas du tout
X 0 confused | j'ai pas compris si les conseillers voient leur note ou pas
X 0 confused | pardon le réseau est pourri ici vous avez dit quoi après le stockage
X 0 confused | c'est quoi la différence entre vos deux offres je m'y perds un peu
X 0 confused | la transcription en anglais et en espagnol ça marche comment je vois pas
X 0 confused | euh du coup faut installer un truc sur nos postes ou pas j'ai pas suivi
XI + curious | j'ai pas tout saisi à l'analyse de sentiment mais ça a l'air génial pour nos sinistres
XD 0 confused | je comprends pas assez le fonctionnement pour le vendre à mon comité de direction
X 0 confused | vos histoires de minutes incluses j'ai rien compris
0 0 neutral | il pleut des cordes sur le tarmac on a dû rentrer tout le monde
0 0 neutral | on a déménagé à côté de la gare en septembre d'où le nouveau numéro
0 + happy | ah ça fait plaisir de vous avoir au téléphone
0 0 neutral | les déclarations de vol de bagages ont explosé après les jeux l'été dernier
0 0 neutral | au desk groupes on est trois plus une alternante le mercredi
IR + excited | top c'est validé de mon côté vous pouvez venir brancher tout ça quand
IU + excited | avec les ponts de mai qui arrivent ça tombe à pic c'est exactement ce qu'il nous faut
BI + interested | on a une enveloppe innovation cette année et franchement votre outil coche toutes les cases
BR + happy | le financement est bouclé envoyez-moi le devis définitif à signer
UF - stressed | le vieil enregistreur lâche en fin de semaine et j'attends toujours votre proposition
FB - annoyed | combien de fois faut que je répète qu'on a zéro budget cette année
XH 0 confused | je vois pas bien comment ça s'appliquerait à nos chauffeurs du coup je suis réservé
IR + happy | bon bah on y va on commence par l'équipe expatriation
U 0 concerned | notre client compagnie aérienne renégocie en mai et la qualité téléphonique fait partie de sa grille
HB 0 hesitant | je préfère voir ce qu'il reste dans les caisses après l'été avant de m'engager
I + pleased | waouh c'est vraiment clean
F - frustrated | votre support m'a raccroché au nez deux fois et on est même pas encore clients
IU + excited | avec la rentrée qui arrive c'est le timing parfait j'adore
X 0 confused | attendez l'export il sort en quoi pdf csv je vois pas comment on récupère les données
0 0 neutral | on a perdu l'appel d'offres de la métropole contre un autre opérateur de vélos l'an dernier
"""

BLOCKS = [
    (EN_C, "en", "client"),
    (EN_P, "en", "client"),
    (EN_DRB, "en", "client"),
    (EN_UHI, "en", "client"),
    (EN_FX, "en", "client"),
    (FR_C, "fr", "client"),
    (FR_P, "fr", "client"),
    (FR_DRB, "fr", "client"),
    (FR_UHI, "fr", "client"),
    (FR_FX, "fr", "client"),
]
