"""Batch 12e of the analyzer's call-speech training data: client turns only, in
English and French (the French written as French speakers talk, not translated).
Situations: online shops' customer-service teams, furniture and appliance
retailers, electronics repair chains, pet supply shops, subscription-box
companies, second-hand and marketplace sellers, each weighing a call-centre tool
(call recording, transcription, call scoring and coaching).

Notation of scripts/data_notation.py (LABELS SENTIMENT emotion | text), labelled
by docs/labelling.md including "Cases the guide left open, decided". Weights aimed
at, by lines carrying the signal: closing_readiness R ~60, decision_maker D ~60,
hesitation H ~55, urgency U ~50, strong_interest I ~45, budget B ~40, competitor
C ~35, price_objection P ~30, confusion X ~25, frustration F ~25, and about 120
look-alike lines with no signal (0): neutral price or invoice questions, a boss
merely mentioned, "I decide", tools for other jobs, the speaker's own rivals,
small talk, opening hours, past events, thanks, formal "let me think", negations.
About 200 lines per language; indirect wordings preferred."""

# Closing readiness and decision maker, English
EN_RD = """
R + happy | ok so what do you need from me to get the contract going
R 0 neutral | Right, who do I send the purchase order to on your side?
RD 0 neutral | send the paperwork over and our ops director will sign it tonight
R + happy | if we said yes today when would the agents actually be on it
R + interested | can we get the onboarding booked in for the week after next
RU 0 stressed | we need this live before black friday so let's just get the forms signed
D 0 neutral | the head of customer experience has the final say on anything like this
D 0 neutral | i'd have to run it passed finance before anything moves
DH 0 hesitant | um honestly i'd want our founder to see it first she's quite particular about tools
D 0 neutral | the franchise owners vote on new systems at the quarterly meeting
DR + happy | my md just gave it the thumbs up so let's get going
R 0 neutral | ok say we go ahead what happens next do you set up the logins or do we
RU + happy | go on then put us down for the twenty seat plan we want it in before the summer boxes go out
RB + happy | the money's been signed off so we can crack on whenever you're ready
D 0 neutral | it's not my call really it sits with the regional managers
D 0 concerned | the owner would never go for it unless he sees it working on our own calls
DU 0 stressed | the board meets on the fourteenth and if it's not in that pack it waits another quarter
RD 0 neutral | draft it in the name of the parent company their legal team signs everything
R + excited | brilliant just tell me where to sign and we'll have the repair desks on it monday
RI + excited | honestly this is exactly it can you send the order form over today
D 0 neutral | i can recommend it but the cheque's signed upstairs
D 0 neutral | procurement has to approve any new supplier and that takes them a couple of weeks
R 0 neutral | fine we'll go with it do you want a card or will you invoice us for the first month
RD + happy | yeah we're in just pop the contract to jenny in accounts she handles signatures
RD 0 neutral | whats the earliest start date you can give us and i'll get the owner to sign
RU 0 stressed | can we sign this week our peak starts when the catalogue drops on the first
D 0 neutral | we'd need the warehouse and the call team leads both on board and they rarely agree
D 0 neutral | let me get my other half to look at it she does the numbers for the shop
DI + interested | i'm sold personally now i just need to convince the guy who owns the chain
R + happy | ok let's do the three month pilot when can your team set it up
RD 0 neutral | i'll get the po raised but the cfo has to countersign it so allow a couple of days
DH 0 hesitant | uh i mean i could push it but the owners are pretty tight about new subscriptions
R 0 neutral | we're going ahead so can we pick the training dates ourselves
D 0 neutral | anything over a grand goes to the family the shop's still technically my dad's
RB + happy | we put money aside for this in january so yeah let's do the paperwork
D 0 neutral | the group buying committee picks suppliers and i'd be passing this up to them
R + relieved | right that's settled then send me the direct debit form
RD 0 neutral | the director's happy so just email the agreement to both of us
DF - annoyed | i've told you twice it's the ops manager you need not me
R 0 neutral | can the agreement go out in the name of our limited company rather than me
D 0 neutral | nothing gets bought here till the owner's back from china at the end of the month
"""

# Hesitation and urgency, English
EN_HU = """
H 0 hesitant | i'm just not sure the team would actually use it to be honest
H 0 hesitant | hmm it looks good on paper i'm just wary of another login for the agents
H - unimpressed | great another dashboard nobody's gonna open
H 0 hesitant | we might be getting ahead of ourselves we're only six people on the phones
H 0 hesitant | i'd need to sleep on it properly it's a big change for a small shop
H 0 concerned | not convinced the scoring would make sense for repair calls they're all so different
H 0 hesitant | maybe after christmas when things calm down i don't know
HB 0 concerned | i dunno if it's worth it with the money we've got left this year
HC 0 hesitant | part of me thinks the shared inbox and a notebook have done us fine so far
HD 0 worried | my worry is the staff rep would hate being recorded and she gets a say on anything like that
H 0 hesitant | let's park it for now and maybe revisit in the spring
HP 0 concerned | i'm not sure it's worth that per agent for what we'd get out of it
U 0 stressed | we've got the sale going live on the twentieth and the phones will be mental
U 0 stressed | our phone system gets switched off at the end of next month so we need something in place
U 0 stressed | Christmas is six weeks away, and that's when the complaints pile up.
UI + interested | we've got a new starter intake on monday and i'd love to train them on this from day one
UC 0 concerned | our deal with the helpdesk people runs out on the thirtieth so we need an answer soon
U 0 stressed | the new consumer rules kick in in january and we have to be recording finance calls by then
U 0 stressed | the subscription relaunch is in three weeks and we're expecting double the calls
UD 0 stressed | the owner wants a decision before he goes away on the tenth
UD 0 neutral | it kind of needs to be up before the new warehouse opens in april and the directors have to okay it first
R + happy | if you can have us live by the first we'll sign right now
UH 0 hesitant | i know we need something before peak i'm just not sure it's this
UC 0 concerned | the trial of the old call software ends friday and the team's gonna be back to nothing
U 0 stressed | we launch on the new marketplace in two weeks and support's gonna double overnight
H 0 hesitant | um i'd want to see how a month goes with a couple of people before anything bigger
H - unimpressed | sounds clever but i've seen this kind of thing gather dust before
DH 0 hesitant | i'd want to hear what the team leads think before i'd push for it
H 0 hesitant | yeah no i get it i'm just not feeling it yet
UI + excited | this would be perfect for the boxing day rush can we have it by then
U 0 stressed | the repair backlog is insane and the phones don't stop we have to fix how we handle calls now
H 0 doubtful | does anyone actually listen to these recordings afterwards cause i'm not sure we would
HX 0 confused | i'm lost on how the scoring bit would even work for us so i'm a bit unsure
U 0 stressed | our biggest supplier's recall goes out next week and we'll be drowning in calls
U 0 concerned | flat pack season is august with the students moving so we'd want it well before
H 0 hesitant | let me be honest im not sure were the right size for this yet
U 0 stressed | the old recording server in the back office dies on the thirty first and it's not being replaced
H 0 hesitant | i mean it's good i'm just not sure it's good enough to change everything for
UH 0 worried | we do need something fast but rolling out in the middle of peak scares me a bit
"""

# Strong interest, budget, competitor, English
EN_IBC = """
I + excited | oh now that's clever the way it flags the angry calls
I + interested | ok you've got my attention with the coaching bit
I + happy | that's not bad at all actually i could see the team using that
IU + excited | honestly that transcript search would save me hours and we need it for the january returns wave
I + pleased | I'll be honest, I came in sceptical, but this is pretty slick.
IC + excited | miles better than the recording thing that came with our phones
IR + excited | this is it this is what we've been after how do we get started
IR + interested | wasn't expecting much but the refund calls breakdown is spot on let's get the paperwork moving
I + happy | my team leads would bite your hand off for this
I + interested | tell me more about the live prompts that's the bit i like
B 0 neutral | we've got about three hundred a month set aside for customer service tools
B 0 concerned | There's no budget for anything new until the next financial year.
B - concerned | money's really tight since the shop moved online
B 0 neutral | the budget's there it's more about finding the right thing
B 0 neutral | we ring-fenced some money for the support team after the last review
B 0 concerned | our spending got frozen after a bad quarter so we're just looking
B 0 neutral | i can spend up to about five grand without asking anyone
BH 0 hesitant | we can afford it just about but it'd mean dropping something else
B 0 neutral | whatever's left in the cx pot after the rebrand is what we'd be working with
BI + interested | we actually have funding for a quality project and this could be it
B 0 concerned | we're a small marketplace shop honestly we can't stretch to much
B + happy | cash isn't the issue we've had a cracking year
CU 0 concerned | we use the recording that comes with our zendesk but they're dropping it from our plan next month
C 0 neutral | the team tags calls in a google sheet at the end of each shift
CF - frustrated | the crowd we're with lose half the recordings and never call back
CD 0 neutral | our phone provider already transcribes voicemails and the owner won't drop them without a good reason
C 0 neutral | we tried one of those ai call tools last year but it didn't stick
CH 0 hesitant | our developer keeps saying he could build something like this in a weekend
CU 0 concerned | our aircall contract is up for renewal in three weeks so this is timely
CP 0 concerned | the other quote we had was a good chunk lower for the same stuff
CF - annoyed | the current lot's reports are useless we just export them and bin them
CI + interested | you do way more than the freebie our telephony gives us
IB + excited | love it and we've got money left in this year's pot so the timing works
I + impressed | oh nice it even picks up when someone says cancel my subscription
I + curious | wait it does french as well that's brilliant for our belgian customers
C 0 neutral | we pay ringover for the phones and they do basic recording too
B 0 neutral | we've kept a bit back from peak season profits for exactly this kind of thing
BR + happy | the funds are approved on our side so send the agreement over
I + interested | right that's the first demo this month that's actually made sense for us
I + interested | this is the sort of thing i've been banging on about for years
"""

# Price objection, confusion, frustration, English
EN_PXF = """
P - annoyed | that's a lot of money for what's basically a recorder
P 0 concerned | is there any wiggle room on that per seat price
P - unimpressed | for a shop our size that number's a bit eye watering
PR 0 neutral | knock fifteen percent off and i'll sign it this afternoon
P 0 concerned | could you do something on the setup fee
PB - concerned | that would eat pretty much our entire software budget for the year
P - annoyed | you're having a laugh at that price
PD 0 hesitant | it's more than our whole phone bill i'd never get that past our finance guy
PC 0 concerned | your competitor quoted us near half of this
IP 0 interested | i really like it but that price is hard to swallow
X 0 confused | sorry i didn't really follow the bit about the seats versus licences
X 0 confused | So wait, does it record the calls, or do we need our own recorder?
X 0 confused | i'm a bit lost is the coaching a person or the software
X 0 confused | um how does it know which calls are the bad ones i don't get it
X 0 confused | is this the same thing as the transcription you mentioned or something else
XR 0 confused | we want to go ahead but i don't get which plan we'd be signing for
X 0 confused | not sure i get it does it plug into our shopify or the phones
X 0 puzzled | so is the price per month or per call i'm not following
F - frustrated | this is the third time i've had to explain what we do
F - angry | your colleague promised a callback last week and nobody rang
F - frustrated | i've been on hold with your support for twenty minutes already
F - frustrated | honestly the trial's been a nightmare half the calls didn't upload
FH - frustrated | if the trial's anything to go by i'm not sure we'd bother
FX - frustrated | i've read your pricing page three times and still can't work out what we'd pay
CF - angry | our current provider took a fortnight to answer a ticket and i've had enough
PF - frustrated | the price jumped since the first quote and nobody told me why
X 0 confused | wait who owns the recordings us or you
X 0 confused | what's the difference between the pro and the team plan again
P 0 concerned | could we get a charity discount we're a rescue shop
PB - worried | we'd blow the whole quarter's tools money on the first invoice
F - annoyed | third demo and we still haven't seen it work on a real call
"""

# No signal, English (look-alikes)
EN_0A = """
0 0 neutral | how much is it per agent roughly
0 0 neutral | do you invoice monthly or yearly
0 0 neutral | is vat included in that figure
0 0 neutral | my boss is on holiday this week but that's fine i handle this
0 0 neutral | i'm the owner so it's my decision really
0 0 neutral | we use shopify for the store and xero for the accounts
0 0 neutral | the other pet shops round here are mostly independents like us
0 + happy | yeah the weather's been lovely down here
0 0 neutral | we're open nine to six weekdays and ten till four saturdays
0 0 neutral | we had a massive sale last spring and it went fine
0 + pleased | thanks for running through that
0 0 neutral | let me think um we've got about fourteen on the phones
0 0 neutral | the price isn't really the problem here
0 0 neutral | no rush on our side honestly
0 0 neutral | does the discount you mentioned apply to the first year only
0 0 neutral | my manager uses the same crm as me
0 0 neutral | What time zone is your support team in?
0 0 neutral | we moved warehouses in 2023 and that was chaos
0 0 neutral | our couriers are dpd and royal mail mostly
0 0 neutral | we sell second-hand sofas on ebay and through our own site
0 - annoyed | the traffic on the way in today was horrendous
0 0 neutral | does it integrate with our switchboard
0 0 neutral | do you take payment by card or bank transfer
0 0 neutral | how many people are on your team out of interest
0 0 neutral | yeah we've got a competitor opening a store down the road
0 0 neutral | i sign off on most things here anyway
0 0 neutral | our payroll software is a bit old but it works
0 + happy | oh nice one ok what's next
0 0 neutral | we had about nine hundred calls last month give or take
0 0 neutral | the ceo came to visit the warehouse last week
"""

# No signal, English (look-alikes), continued
EN_0B = """
0 0 neutral | how long is the minimum term
0 0 neutral | what's the notice period if we ever wanted to leave
0 0 neutral | how many plans are there in total
0 0 neutral | let me check my calendar for a follow up
0 0 neutral | our customers get a bit grumpy when deliveries are late
0 0 neutral | the subscription boxes ship on the fifteenth every month
0 0 neutral | we're closed christmas day and boxing day
0 0 neutral | does it work with headsets or do we need new kit
0 0 neutral | what languages does the transcription support
0 0 neutral | the repair side of the business is about sixty percent of our calls
0 0 neutral | we spend a fortune on packaging these days
0 0 neutral | the accounts team sorts all the invoices not me
0 0 neutral | how does onboarding usually work for a company like ours
0 0 neutral | our returns department is always behind but that's another story
0 0 neutral | right yeah i see what you mean
0 0 neutral | got the email you sent yesterday thanks
0 0 neutral | what's included in the basic plan
0 0 neutral | where are your servers based for gdpr
0 0 neutral | my director liked the van leasing rep but that's a different thing
0 0 neutral | we used to sell furniture only now it's appliances too
0 0 neutral | i don't need to ask anyone about this sort of thing
0 0 neutral | the deadline for our vat return was last week thank god that's done
0 0 neutral | the phones are busiest monday mornings
0 0 neutral | do you do the setup remotely or does someone come in
0 0 neutral | the finance lady prefers paper invoices if that's possible
0 0 neutral | our marketplace ratings are about four point eight
0 + happy | cheers that's really helpful
0 0 neutral | hmm good question i'd say twenty calls an hour at peak
0 0 neutral | my business partner handles the website side
0 0 neutral | the warranty claims go through the manufacturer mostly
"""

# Closing readiness and decision maker, French
FR_RD = """
R + happy | bon ben on fait comment pour que ce soit signé cette semaine
R 0 neutral | euh je vous fais le bon de commande à quel nom exactement
RD 0 neutral | faites-moi le devis définitif et ma gérante met son bon pour accord dans la journée
R + happy | bon allez on y va c'est quoi la prochaine étape de votre côté
R + interested | bon la formation des conseillers du sav on la cale quand un lundi matin avant l'ouverture ça vous va
RU 0 stressed | les french days c'est dans un mois faut que ce soit branché avant donc envoyez le contrat
D 0 neutral | chez nous c'est madame lefèvre qui valide les outils du service client moi je prépare
D 0 neutral | ça doit passer en comité d'investissement comme tout le reste
DH 0 hesitant | j'aimerais que mon frère jette un œil il est co-gérant et un peu méfiant avec les logiciels
D 0 neutral | dans le réseau c'est l'assemblée des franchisés qui tranche sur les outils communs
DR + happy | la direction a validé ce matin on peut lancer
R 0 neutral | une fois signé c'est vous qui paramétrez les lignes ou c'est notre informaticien
RU + happy | allez on part sur quinze postes faut que ce soit prêt pour la fête des mères on y fait un tiers du mois
RB + happy | l'enveloppe a été débloquée hier du coup on peut y aller
D 0 neutral | ça se décide au niveau régional moi je fais remonter
D 0 concerned | mon père voudra l'entendre sur nos propres appels sinon c'est niet
DU 0 stressed | le conseil de surveillance se réunit jeudi si le dossier est pas prêt on perd trois mois
RD 0 neutral | mettez le contrat au nom du groupe c'est le juridique qui signe
R + excited | impeccable je vous signe ça et on branche les trois ateliers dès lundi
RI + excited | ah mais c'est exactement ça qu'on cherchait envoyez-moi le contrat ce soir
D 0 neutral | je peux porter le projet mais c'est pas moi qui ai la signature
D 0 neutral | pour un nouveau fournisseur faut passer par le référencement et ils traînent toujours
R 0 neutral | pour démarrer l'abonnement vous préférez un prélèvement ou une carte
RD + happy | pour moi c'est ok envoyez le contrat à sandrine à la compta elle a la délégation de signature
RD 0 neutral | au plus tôt vous pouvez nous brancher quand je fais signer la patronne dans la foulée
RU 0 stressed | la rentrée étudiante c'est notre grosse période sur les canapés donc on signe maintenant
D 0 neutral | faut que la logistique et le sav soient d'accord et entre eux c'est pas gagné
D 0 neutral | ma compagne tient l'animalerie avec moi je lui montre ce soir avant de dire quoi que ce soit
DI + interested | perso vous m'avez convaincu maintenant faut que je convainque le fondateur
R + happy | on part sur le test de trois mois vous l'installez quand
RD 0 neutral | je lance le bon de commande mais il faut la double signature du daf donc quelques jours
DH 0 hesitant | bah je veux bien porter le sujet mais les actionnaires font la moue dès qu'on parle abonnement
R 0 neutral | c'est validé chez nous on peut fixer nous-mêmes les dates de formation
D 0 neutral | au-dessus de cinq cents balles faut l'accord du gérant c'est la règle ici
RB + happy | on avait prévu une ligne pour ça dans le budget donc on peut faire les papiers
D 0 neutral | la tête de réseau choisit les prestataires pour tous les magasins je vais leur transmettre
R + relieved | Parfait, envoyez-moi le mandat SEPA et on n'en parle plus.
RD 0 neutral | la directrice est d'accord envoyez la convention à nous deux
DF - annoyed | ça fait deux fois que je vous dis d'appeler le responsable d'exploitation pas moi
R 0 neutral | le contrat vous le mettez au nom de la sas pas au mien
D 0 neutral | tant que l'actionnaire principal est pas rentré de shanghai on bouge pas
"""

# Hésitation et urgence, French
FR_HU = """
H 0 hesitant | franchement je vois pas trop mes conseillères s'en servir au quotidien
H 0 hesitant | sur le papier c'est top mais encore un outil à ouvrir pour les conseillers bof
H - unimpressed | super encore un écran de plus que personne regardera
H 0 hesitant | on est que cinq au téléphone c'est peut-être un peu gros pour nous
H 0 hesitant | on sort d'un déménagement d'entrepôt j'ai pas la tête à changer d'outil là
H 0 concerned | une grille pour des appels de réparation j'y crois moyen chaque panne est différente
H 0 hesitant | peut-être après les fêtes quand ça se calme je sais pas trop
HB 0 concerned | avec ce qui reste sur l'exercice je sais pas si ça vaut le coup
HC 0 hesitant | honnêtement la boîte mail partagée et le cahier ça nous suffit à peu près
HD 0 worried | les anciennes vont mal le prendre et sans l'accord du délégué du personnel on fera rien
H 0 hesitant | on met ça de côté et on en reparle au printemps
HP 0 concerned | à ce prix-là par conseiller je suis pas sûr qu'on s'y retrouve
U 0 stressed | les soldes démarrent mercredi et le standard va être saturé
U 0 stressed | la dsi arrête l'ancien logiciel d'écoute au 31 décembre faut un truc à la place
U 0 stressed | la saint-valentin c'est dans trois semaines et les coffrets c'est la folie au téléphone
UI + interested | six nouveaux conseillers arrivent lundi j'aimerais trop les former direct avec ça
UC 0 concerned | notre contrat avec diabolocom se termine le 30 faut qu'on tranche vite
U 0 stressed | la nouvelle box pour chats sort le 2 et on attend deux fois plus d'appels
UD 0 stressed | le gérant veut une réponse avant ses congés le 10 sinon ça attendra septembre
UD 0 neutral | faudrait que ce soit opérationnel avant l'ouverture du dépôt en avril mais le conseil doit d'abord dire oui
UH 0 hesitant | je sais qu'il nous faut un truc avant le pic mais je suis pas sûr que ce soit vous
UC 0 concerned | la période d'essai de l'autre logiciel finit vendredi et après on a plus rien
U 0 stressed | on ouvre notre boutique sur cdiscount dans quinze jours le sav va doubler d'un coup
H 0 hesitant | je voudrais voir un mois avec deux trois personnes avant d'aller plus loin
H - unimpressed | ça a l'air malin mais j'en ai vu d'autres finir au placard
DH 0 hesitant | j'aimerais avoir l'avis des chefs d'équipe avant de pousser le truc
H 0 hesitant | ouais je vois l'idée mais ça me transcende pas encore
UI + excited | ce serait parfait pour le rush de janvier vous pourriez nous l'installer avant
U 0 stressed | les réparations s'accumulent le téléphone sonne non stop faut régler ça maintenant
H 0 doubtful | est-ce que quelqu'un réécoute vraiment les appels après parce que nous je suis pas sûr
HX 0 confused | je comprends pas trop comment marcherait la notation chez nous donc j'hésite
U 0 stressed | le rappel des bouilloires défectueuses c'est la semaine prochaine on va être noyés d'appels
U 0 concerned | la rentrée des box c'est le premier septembre faudrait que les nouveaux soient écoutés dès le début
H 0 hesitant | Pour être honnête, je me demande si on a la taille pour ça.
CU 0 stressed | l'opérateur coupe nos vieilles lignes le mois prochain et l'enregistrement part avec
H 0 hesitant | c'est pas que c'est pas bien hein c'est juste que je suis pas sûr que ce soit le moment
H 0 hesitant | tant que les ventes sur vinted remontent pas je préfère attendre un peu
UH 0 worried | il nous faut un truc vite mais déployer en plein pic ça me fait un peu peur
"""

# Intérêt, budget, concurrent, French
FR_IBC = """
I + excited | ah ouais pas bête le coup de repérer les appels qui partent en vrille
I + interested | ok là vous marquez un point avec le coaching
I + happy | c'est pas mal du tout je vois bien les filles du sav s'en servir
IU + excited | la recherche dans les transcriptions ça me ferait gagner des heures et avec les retours de janvier c'est pile le moment
I + pleased | j'arrivais un peu à reculons mais franchement c'est bien foutu
IC + excited | ça n'a rien à voir avec l'enregistrement que l'opérateur nous fournit c'est le jour et la nuit
IR + excited | c'est ça qu'on cherche depuis des mois on commence comment
IR + interested | je m'attendais pas à grand-chose mais l'analyse des remboursements est top on lance les papiers
I + happy | mes chefs d'équipe vont kiffer grave
I + interested | parlez-moi des suggestions en direct c'est ce qui me plaît le plus
B 0 neutral | côté service client on tourne autour de trois cents euros par mois pour les outils
B 0 concerned | pas un centime pour du nouveau avant le prochain exercice
B - concerned | la trésorerie est tendue depuis qu'on a fermé la boutique physique
B 0 neutral | le budget est là c'est plus une question de trouver le bon outil
B 0 neutral | on a gardé une enveloppe pour le sav après l'audit de l'an dernier
B 0 concerned | les dépenses sont gelées depuis le mauvais trimestre donc on regarde juste
B 0 neutral | jusqu'à cinq mille je peux engager sans demander à personne
BH 0 hesitant | on peut se le payer mais faudrait rogner ailleurs
B 0 neutral | ce qui reste du budget relation client après la refonte du site c'est ce qu'on aurait
BI + interested | Tiens, il nous reste justement des fonds pour un projet qualité : ça pourrait coller.
B 0 concerned | on est une petite boutique de reconditionné on peut pas mettre grand-chose
B + happy | l'argent c'est pas le souci on a fait une super année
CU 0 concerned | on a l'enregistrement de zendesk mais notre forfait saute au 1er du mois et on le perd
C 0 neutral | les filles notent les appels dans un google sheet le soir avant de partir
CF - frustrated | ceux qu'on a perdent la moitié des enregistrements et rappellent jamais
CD 0 neutral | notre opérateur transcrit déjà les messages vocaux faudra que le patron voie ce que vous faites en plus
C 0 neutral | l'an dernier on avait testé un outil d'ia pour les appels mais ça a pas pris
CH 0 hesitant | notre alternant en dev dit qu'il pourrait coder un truc pareil en un week-end
CU 0 concerned | le contrat aircall se renouvelle dans trois semaines donc ça tombe bien
CP 0 concerned | l'autre devis était nettement plus bas pour la même chose
CF - annoyed | les rapports de notre outil actuel servent à rien on les exporte et on les jette
CI + interested | vous faites bien plus que le truc gratuit de notre téléphonie
IB + excited | j'adore et il nous reste de l'argent sur l'enveloppe de cette année donc ça tombe bien
I + impressed | ah ouais il repère même quand quelqu'un dit je veux résilier mon abonement
I + curious | attendez ça marche aussi en anglais génial pour nos clients anglais
C 0 neutral | les lignes sont chez ringover et ils font un enregistrement basique
B 0 neutral | on a mis de côté une partie des bénéfices de noël pour ce genre de projet
BR + happy | les fonds sont validés de notre côté envoyez le contrat
I + interested | c'est la première démo du mois qui a du sens pour nous
I + interested | ça fait des années que je réclame un truc comme ça
"""

# Objection prix, confusion, frustration, French
FR_PXF = """
P - annoyed | tout ça pour ce qui reste un dictaphone amélioré
P 0 concerned | y a moyen de faire un geste sur le prix par poste sinon sa va être dur
P - unimpressed | pour une animalerie de quartier ça pique un peu quand même
PR 0 neutral | vous enlevez quinze pour cent et je signe cet après-midi
P 0 concerned | vous pouvez faire quelque chose sur les frais de mise en service
PB - concerned | ça mangerait quasi tout notre budget logiciels de l'année
P - annoyed | vous êtes sérieux à ce tarif-là
PD 0 hesitant | c'est plus que toute notre facture de téléphone la gérante va tiquer c'est sûr
PC 0 concerned | votre concurrent nous a fait presque moitié moins
IP 0 interested | j'aime vraiment beaucoup mais le prix passe pas
X 0 confused | pardon j'ai pas suivi la différence entre les postes et les licences
X 0 confused | attendez ça enregistre les appels ou faut qu'on ait notre propre enregistreur
X 0 confused | Je suis un peu perdu : le coaching, c'est une vraie personne ou le logiciel ?
X 0 confused | il sait comment qu'un appel s'est mal passé je capte pas
X 0 confused | c'est la même chose que la transcription dont vous parliez ou c'est autre chose
XR 0 confused | on veut y aller mais je vois pas quelle formule on signe
X 0 confused | ça se branche sur shopify ou sur les téléphones j'ai pas compris
X 0 puzzled | c'est au mois ou à l'appel je suis pas sûr de suivre
F - frustrated | bon ça fait trois fois que je vous explique notre métier
F - angry | votre collègue devait me rappeler la semaine dernière et personne a appelé
F - frustrated | ça fait vingt minutes que je suis en attente avec votre support
F - frustrated | franchement l'essai c'est une catastrophe la moitié des appels sont pas remontés
FH - frustrated | si l'essai donne une idée je suis pas sûr qu'on continue
FX - frustrated | j'ai lu votre page tarifs trois fois et je sais toujours pas ce qu'on paierait
CF - angry | notre prestataire actuel a mis quinze jours à répondre à un ticket j'en ai marre
PF - frustrated | le prix a augmenté depuis le premier devis et personne m'a dit pourquoi
X 0 confused | attendez les enregistrements ils appartiennent à qui à nous ou à vous
X 0 confused | c'est quoi déjà la différence entre l'offre pro et l'offre équipe
P 0 concerned | vous faites un tarif association on est un refuge
PB - worried | la première facture nous grillerait tout le budget outils du trimestre
F - annoyed | troisième démo et on l'a toujours pas vu tourner sur un vrai appel
"""

# Sans signal, French (look-alikes)
FR_0A = """
0 0 neutral | c'est combien par agent à peu près
0 0 neutral | vous facturez au mois ou à l'année
0 0 neutral | c'est ht ou ttc ce montant
0 0 neutral | mon chef est en vacances cette semaine mais c'est moi qui gère ce dossier
0 0 neutral | je suis la gérante donc c'est moi qui décide
0 0 neutral | on a shopify pour la boutique et pennylane pour la compta
0 0 neutral | les autres animaleries du coin c'est surtout des indépendants comme nous
0 + happy | il fait un temps magnifique ici en ce moment
0 0 neutral | on est ouverts de neuf heures à dix-neuf heures du lundi au samedi
0 0 neutral | on a fait de grosses soldes au printemps dernier et ça s'est bien passé
0 + pleased | merci pour la présentation
0 0 neutral | alors attendez euh on est quatorze au téléphone
0 0 neutral | le prix c'est pas vraiment le problème
0 0 neutral | rien ne presse de notre côté
0 0 neutral | la remise dont vous parliez c'est juste la première année
0 0 neutral | ma responsable utilise le même crm que moi
0 0 neutral | votre support est en france ou ailleurs
0 0 neutral | on a changé d'entrepôt en 2023 et c'était le bazar
0 0 neutral | on expédie surtout en colissimo et mondial relay
0 0 neutral | on vend des meubles d'occasion sur leboncoin et sur notre site
0 - annoyed | le périph ce matin c'était l'enfer
0 0 neutral | ça s'intègre avec notre standard
0 0 neutral | Vous acceptez la carte ou seulement le virement ?
0 0 neutral | vous êtes combien dans votre équipe par curiosité
0 0 neutral | y a un concurrent qui ouvre un magasin au bout de la rue
0 0 neutral | de toute façon c'est moi qui signe la plupart des trucs ici
0 0 neutral | notre logiciel de paie est un peu vieux mais il fait le job
0 + happy | ah sympa ok la suite
0 0 neutral | le mois dernier euh neuf cents appels à peu près
"""

# Sans signal, French (look-alikes), suite
FR_0B = """
0 0 neutral | le pdg est passé à l'entrepôt la semaine dernière
0 0 neutral | l'engagement minimum c'est combien de temps
0 0 neutral | le préavis c'est combien si un jour on veut partir
0 0 neutral | il y a combien de formules en tout
0 0 neutral | je regarde mon agenda pour un prochain rendez-vous
0 0 neutral | nos clients s'énervent un peu quand les colis arrivent en retard
0 0 neutral | les box partent le 15 de chaque mois
0 0 neutral | on est fermés le 25 décembre et le 1er janvier
0 0 neutral | ça marche avec les casques qu'on a ou faut du nouveau matériel
0 0 neutral | la transcription gère quelles langues
0 0 neutral | la réparation c'est environ soixante pour cent de nos appels
0 0 neutral | on dépense une fortune en emballages en ce moment
0 0 neutral | c'est la compta qui s'occupe des factures pas moi
0 0 neutral | l'onboarding ça se passe comment en général pour une boîte comme nous
0 0 neutral | le service retours est toujours à la bourre mais bon c'est un autre service
0 0 neutral | ouais ouais je vois ce que vous voulez dire
0 0 neutral | j'ai bien reçu votre mail d'hier merci
0 0 neutral | y a quoi dans l'offre de base
0 0 neutral | vos serveurs sont hébergés où pour le rgpd
0 0 neutral | on faisait que du meuble avant maintenant on fait aussi l'électroménager
0 0 neutral | j'ai besoin de l'accord de personne pour ce genre de chose
0 0 neutral | la déclaration de tva c'était la semaine dernière ouf c'est fait
0 0 neutral | le lundi matin c'est là que ça sonne le plus
0 0 neutral | l'installation vous la faites à distance ou quelqu'un vient sur place
0 0 neutral | la dame de la compta préfère les factures papier si c'est possible
0 0 neutral | sur vinted on est à quatre virgule huit de moyenne
0 + happy | merci c'est super clair
0 0 neutral | bonne question je dirais vingt appels à l'heure au pic
0 0 neutral | mon associé s'occupe plutôt du site
0 0 neutral | les garanties passent par le fabricant la plupart du temps
"""

BLOCKS = [(EN_RD, "en", "client"), (EN_HU, "en", "client"), (EN_IBC, "en", "client"),
          (EN_PXF, "en", "client"), (EN_0A, "en", "client"), (EN_0B, "en", "client"),
          (FR_RD, "fr", "client"), (FR_HU, "fr", "client"), (FR_IBC, "fr", "client"),
          (FR_PXF, "fr", "client"), (FR_0A, "fr", "client"), (FR_0B, "fr", "client")]
