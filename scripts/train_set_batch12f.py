"""Batch 12f of the analyzer's call-speech training data: client turns only, English
and French (the French written as French speakers say it, not translated), in the
notation of scripts/data_notation.py (LABELS SENTIMENT emotion | text). Situations:
property management and lettings agencies, facilities management firms, management
consultancies, market research call centres, outsourced BPO contact centres, IT
managed-service providers. Labelled by docs/labelling.md, with its "Cases the guide
left open, decided"; the cases it leaves open were avoided. About 430 lines (214 en,
220 fr); lines carrying each signal: R 60, D 60, H 55, U 50, I 45, B 40, C 36, P 30,
X 26, F 25, and 120 lines with no signal (0) that look like one: neutral price and
invoice questions, a boss merely mentioned, "I decide", tools for other jobs, the
speaker's own rivals, small talk, opening hours, past events, thanks, "let me think"
as a formality, negations. Indirect wordings and understatement throughout."""

# Closing readiness and decision makers, English
EN_RD = """
R 0 neutral | ok so what do you need from us to get the first twenty seats live
RD 0 neutral | send the order form over and our finance director will countersign it tomorrow
R + happy | right let's do it who do i send the purchase order to
R 0 neutral | um can you get the contract to the lettings office by friday so it's sorted before the weekend
RU 0 stressed | we need the negotiators recorded before the renewals rush in march so when can your people start
RD + pleased | the md just gave me the nod so uh let's get cracking
R 0 neutral | if you can have it on the helpdesk lines by the first we'll go live on the first
PR 0 neutral | shave a bit off the per seat and i'll sign it this afternoon
BR + happy | the money's been signed off so walk me through what happens now
R 0 neutral | do you need a wet signature or is a pdf back by email fine
RI + excited | go on then put us down for the pilot on the research floor i'm dying to try it
R 0 neutral | who's our onboarding person going to be and can we get them in next week
RD 0 neutral | fine by me docusign it to our procurement lead she does all the signatures
R 0 neutral | get the licences provisioned for the night shift by monday and we're off
R + happy | yep that's a yes from me what do you need from us billing address vat number
RD 0 neutral | i'll forward the paperwork to the partners at this point they just rubber stamp it
R 0 neutral | let's pencil the kick off for the twelfth and get the contract moving
CR 0 neutral | we've served notice on the old recording people so get the paperwork over
R 0 neutral | the po's been raised what reference do you want on it
RD 0 neutral | sure draft the agreement in the group's name the coo puts pen to paper on anything over a year
RU 0 stressed | we go live with the new insurer's programme on the ninth so if we sign today can you do the setup tomorrow
R 0 neutral | what's the earliest date your team could train our supervisors, we're ready when you are
D 0 neutral | it's not my call really the head of client services picks the tooling
D 0 concerned | nothing gets bought here until the ops board sits and that's not till the third thursday
D 0 neutral | the property director would want to see this for herself before anything moves
D 0 neutral | we're a franchise so head office has to bless any new supplier
D 0 neutral | our client the bank has the final say on anything that records their customers
D 0 concerned | um the it director's off till the twentieth and honestly nothing happens before he's back
D 0 neutral | the facilities contracts have their own buyer so i'd be handing you over to her
DH 0 hesitant | i'd want to run it by the account director and to be honest i'm not sold myself yet
D 0 neutral | engagement partner would have to sign off consultancies are funny like that
DC 0 neutral | our group cio binned the last recording tool we trialled so he'd need to be in the room
D 0 neutral | if i can get the two founders on a call with you that's half the battle
0 0 neutral | i run the lettings side so whatever i go with is my decision
0 + happy | my boss is in dubai this week at some conference lucky him
0 0 neutral | how does onboarding usually work for a team our size
0 0 neutral | what's the notice period if we ever wanted to leave
0 0 neutral | hang on let me check my diary for the follow up is thursday any good
0 0 neutral | is the invoice monthly or quarterly
0 0 neutral | i sign all the supplier contracts for the three offices anyway
0 0 neutral | do you invoice in pounds or euros our parent's in lyon
0 0 neutral | the ops director only joined us last month from a logistics firm
0 0 neutral | yeah i'm the owner so you're talking to the right person
"""

# Hesitation and strong interest, English
EN_HI = """
H 0 hesitant | i mean it looks good on a slide whether my lot actually use it is another thing
H 0 hesitant | we'd have to think hard about whether call scoring is where our energy goes this year
H 0 skeptical | sounds lovely in theory
H - unimpressed | oh great another dashboard for the supervisors to ignore
H 0 hesitant | not sure the surveyors calls are worth recording most of it's chit chat about parking
CH 0 hesitant | we had a go with something like this two years back and it just fizzled so i'm wary
H 0 hesitant | leave it with me for a few weeks it's not something i want to rush into
H 0 hesitant | i'd want references from a couple of bpos our size before going any further
H 0 worried | the interviewers might see it as big brother and we run on goodwill here
H 0 worried | i dunno transcribing research calls with all the consent stuff makes me a bit nervous
H 0 hesitant | can't really see the partners letting anyone coach them on client calls tbh
H 0 hesitant | i'm lukewarm if i'm honest can't quite picture it on a maintenance helpdesk
H 0 neutral | it's a nice to have i suppose
H 0 hesitant | uh we we'd probably need to sleep on this one a bit longer than usual
XH 0 confused | i'm not even sure i get what the scoring does so i'd rather hold off for now
DH 0 hesitant | the regional heads would need persuading and frankly so would i
HB 0 hesitant | we've got the cash it's just i'm not convinced this is where i'd put it
H 0 hesitant | my worry is we buy it and it becomes shelfware like the last three initiatives
HU 0 hesitant | i know the client audit's in a month but i'm still not sure this is the fix
H 0 hesitant | hmm maybe i'm just not the target customer for this kind of thing
I + interested | oh now that's clever the auto summary on repair calls would save my coordinators hours
I + excited | honestly this is exactly what's been missing on the client helpdesk
I + interested | not bad not bad at all i can see the team leads taking to it
I + pleased | i'll be honest i didn't expect much but the coaching bit is rather good
I + happy | searching across every transcript wow that alone would settle half our tenancy disputes
I + interested | could you pull that scoring screen up again that's the one i'd live in
I + excited | our quality team would bite your hand off for this
I + interested | ok you've got my attention
ID + interested | i really like it and i'll be banging the drum for it with the ceo
IU + excited | this would be a godsend before the clients' audit season kicks off in april
IC + pleased | miles ahead of the clunky recorder our phone provider gives us
IB + happy | we've set money aside for exactly this sort of thing and i love what i'm seeing
ID + interested | i could genuinely see this rolled out across all three sites if i can get the ops director to see it
0 + happy | thanks that was a really clear demo
0 0 neutral | nice ok next slide
0 0 neutral | let me think we've got about forty agents on inbound
0 0 neutral | um let me think we moved into this building in twenty nineteen i reckon
0 0 neutral | the weather's been awful half the engineers are stuck on the m25 again
0 0 neutral | we use teams for chat and outlook for the diaries nothing fancy
0 0 neutral | ah the client loved the report we sent them last month
"""

# Urgency and budget, English
EN_UB = """
U 0 stressed | the client's audit is on the fourteenth and they want call evidence by then
U 0 concerned | the old on prem recorder gets switched off when we leave the data centre in june
U 0 stressed | we've a new client going live in six weeks with two hundred seats so the clock's ticking
U 0 neutral | spring's mental for lettings so ideally it's bedded in before the students start looking in february
U 0 worried | the regulator's review lands next quarter and right now we can't show any call monitoring
U 0 concerned | we need something in place before the tender goes out the client's asking what we do on quality
UR 0 stressed | if we sign this week can the seats be live before the black friday peak
DU 0 stressed | it has to go to the board on the ninth and they only meet quarterly so don't miss that
U 0 neutral | honestly the sooner the better the new contract starts on the first of the month
CU 0 concerned | our deal with the telephony people is up at the end of next month so we need an answer soon
U 0 stressed | the gdpr auditors are in the week after next and our call notes are a mess
U 0 worried | every week we wait is another week the client can pick holes in our qa
IU + excited | if this can be in before the big retail client's peak that'd be perfect timing
U 0 concerned | the research commission starts fieldwork on the second and they've asked for recorded interviews
UD 0 concerned | the director wants it decided before she goes on leave on friday
U 0 stressed | the old system dies at the end of the quarter full stop
B 0 neutral | we've got money set aside for quality tooling this financial year
B 0 neutral | the budget's there it's more about getting the right fit
B 0 concerned | honestly there's no budget until april when the new year kicks in
B - concerned | budgets are frozen across the group after last quarter's numbers
B 0 neutral | we could probably stretch to a few hundred a month for a pilot
B 0 neutral | the client reimburses tooling on their programme so it wouldn't come out of our pot
B 0 neutral | there's a little left in the training pot after the away day
B 0 concerned | money's tight since we lost the council contract can't pretend otherwise
PB 0 concerned | that'd swallow the whole quality budget for the year
PB - concerned | that's loads more than we'd pencilled in like double
B - worried | we're cutting back everywhere at the moment even the biscuits went
BR + happy | finance have ringfenced the money so we can crack on
B 0 neutral | whatever we spend has to come out of the facilities overhead and that's already stretched
0 0 neutral | no rush on our side we're just scoping for next year
0 0 neutral | we're open eight till eight weekdays and ten till four saturdays
0 0 neutral | we had a big outage last march all sorted now though
0 0 neutral | the price isn't really the problem here to be honest
0 0 neutral | what's the price per seat if we go annual
0 0 neutral | does that include vat
0 0 neutral | we spent a fortune on new building controls this year so the board's happy
0 + happy | off to portugal for two weeks in july can't wait
0 0 neutral | you mentioned ten percent off for annual is that on top of the setup fee
0 0 neutral | there's no deadline as such we're fine for time really
"""

# Price, competitor, confusion, frustration, English
EN_PCXF = """
P - unimpressed | that's steep for what's basically a recorder with a nice font
P 0 concerned | at that rate it's more than our whole phone bill
P 0 concerned | you'd need to sharpen the pencil a fair bit for me
P - annoyed | you're having a laugh with that setup fee
P 0 neutral | is there any wiggle room on that number at all
CP 0 concerned | the outfit we're with now records everything for about a third of that
P 0 hesitant | for sixty seats that adds up a lot faster than i'd like
PD 0 concerned | i can't take that figure to the partners they'd laugh me out of the room
CPR 0 neutral | match what the other quote says and we'll sign today
CP - annoyed | the helpdesk vendor throws transcription in for free so why would i pay you for it
C 0 neutral | the contact centre runs everything through genesys at the moment
C 0 neutral | our voip provider bundles a basic call recorder with the lines
C 0 neutral | the supervisors score calls in an excel sheet it's painful but it works
CF - frustrated | the current lot take a fortnight to answer a support ticket it's a joke
CF - annoyed | i'm sick of our recording provider losing files every other week
CH 0 hesitant | we only just rolled out the avaya recording module so ripping it out feels wrong
CD 0 neutral | the client mandates nice on their programme so they'd have to agree to any switch
C 0 neutral | one of our devs hacked together a transcription script with whisper last summer
X 0 confused | wait who actually does the coaching then your people our team leads some robot
X 0 confused | sorry so is the scoring done by a person or by the software
X 0 confused | wait you lost me at the bit about named seats versus concurrent users
X 0 confused | i'm not getting how it'd know which calls are tenants and which are contractors
X 0 confused | hang on does it record the calls or just sort of listen in i don't follow
X 0 confused | sorry what's a scorecard template in this context
X 0 confused | so the transcript goes where exactly to you to us i'm lost
X 0 confused | sorry what's the difference between the scoring and the coaching they sound like the same thing
F - annoyed | i've been passed round four of your colleagues before getting to you
F - frustrated | your trial account's been down since tuesday and nobody's rung me back
F - annoyed | we were promised the quote last week and still nothing
F - annoyed | third time i've asked for the minimum term in writing come on
FH - frustrated | the demo kept crashing which doesn't exactly fill me with confidence
F - angry | stop sending me the same brochure i've told your sales guy twice we're not a call centre of ten
0 0 neutral | our biggest rival just opened a branch on the same high street
0 0 neutral | the cleaning contractor's been a nightmare this month but that's another story
0 0 neutral | does it integrate with our salesforce
0 0 neutral | we use xero for the accounts and fixflo for the repairs
0 0 neutral | the tenants are moaning about the lifts again nothing new there
0 0 neutral | ok got it that makes sense
0 0 neutral | right so it's per named user gotcha
"""

# Mixed lines and look-alikes, English
EN_MIX = """
0 0 neutral | we manage about eleven hundred units across the two boroughs
0 0 neutral | most of our inbound is tenants reporting repairs the rest is landlords chasing rent
0 0 neutral | the finance team closes the month on the fifth so invoices after that go to next month
0 0 neutral | is annual paid upfront or can we spread it monthly
0 0 neutral | my manager's the one who told me to take this call so here i am
0 0 neutral | we had a site visit from the client yesterday went fine
0 0 neutral | sorry i'm on the train so if i cut out that's why
0 0 neutral | the account director says hi by the way you met at the expo
0 0 neutral | let me think um the research floor has twelve booths
0 0 neutral | our clients are mostly utilities and a couple of retailers
0 0 neutral | the bpo down the road pays their agents more than we do but that's life
0 0 neutral | we changed payroll provider in september what a faff that was
0 0 neutral | cheers for sending the slides over earlier
0 0 neutral | what does the standard contract length tend to be
0 0 neutral | rush hour here is murder so i'll take the next call from home
0 0 neutral | i'm the one who'd use it day to day
0 0 neutral | is there a per minute charge on transcription or is it all in
R 0 neutral | can we get the supervisors trained the week of the eighth and go live the monday after
RD 0 neutral | put it in writing and i'll walk it into the ceo's office myself this afternoon he's expecting it
DI + interested | i'm a fan but the decision sits with our quality director so let me get you in front of her
D 0 neutral | our client's compliance team would have to approve the retention settings before we buy
D 0 concerned | the cfo signs off anything over five grand and he's not in a giving mood
IR + excited | honestly this is brilliant can we get it on the outbound floor next month
HP - hesitant | it's dear and i'm not even sure the consultants would bother with it
UP 0 stressed | we need it by the first but not at that price surely
XI + curious | i don't quite follow the coaching loop but it sounds like exactly what we need
FC - frustrated | honestly the people we're with now promised transcription a year ago and it still doesn't work
H 0 hesitant | we're stretched thin with the office move so i'm in two minds
I + happy | blimey that's slick
U 0 stressed | our quality lead leaves at christmas and we've got nothing to replace how she checks calls
CU 0 neutral | the recording licence from the switchboard firm runs out in three weeks and we'd rather not renew
B 0 neutral | we've a pot for client delivery tools and this would fit in it nicely
DI + interested | you'd need to convince the partners not me i'm already there
H 0 hesitant | maybe after the restructure once we know who's running the helpdesk
0 0 neutral | the service charge statements go out in september every year
0 0 neutral | we lost a client to a bigger bpo last year but they came crawling back
0 0 neutral | does the price go up after the first year or is it fixed
0 + happy | ha no worries at all thanks for your time today
0 0 neutral | our md ran a call centre in the nineties so he knows that world
0 0 neutral | we book the engineers through a scheduling app and it works fine
0 0 neutral | the quarterly review with the client went well by the way
0 0 neutral | i'll make the call on this one no committee no nothing
0 0 neutral | not urgent at all honestly we're just curious what's out there
X 0 confused | er what do you mean by sentiment on a call like whose sentiment
XH 0 worried | i'm lost on how the consent message would work for research respondents and that bothers me
F - annoyed | you've rung me three times this week i did say i'd call back
F - frustrated | the login you sent doesn't work and your help page is a dead end
F - annoyed | no offence but the pitch is dragging a bit can we get to the point
DR 0 neutral | ok she's approved it on her side send the contract to me and i'll get it countersigned
BR + happy | there's budget sat there for it so let's get the thing started
DU 0 stressed | the client's procurement has to approve it before their year end on the thirty first
IB + interested | this is right up our street and we've the money for it
UI + excited | perfect timing actually we're rebuilding the whole qa process this month
"""

# Closing et décideurs, français
FR_RD = """
R 0 neutral | bon ben on part là-dessus vous m'envoyez le contrat et je vous le retourne dans la journée
RD 0 neutral | faites le bon de commande à l'ordre de la holding c'est notre daf qui le paraphe
R + happy | ok c'est validé pour moi on commence par quelle étape
R 0 neutral | euh le devis signé je vous le renvoie par mail ou vous avez un portail
RU 0 stressed | l'appel d'offres du client tombe fin octobre donc faut que le plateau soit équipé avant on signe quand vous voulez
RD + pleased | le comex a dit oui ce matin du coup on peut lancer le paramétrage
R 0 neutral | vous pouvez nous brancher les trente postes du support niveau un pour la rentrée si oui on y va
PR 0 neutral | faites-moi sauter les frais de mise en service et je signe tout de suite
BR + happy | le budget est voté en conseil donc on peut enclencher
R 0 neutral | je mets qui en copie pour la signature chez vous
RI + excited | franchement j'adore banco pour le pilote sur l'équipe enquêtes téléphoniques
R 0 neutral | il me faut le dossier fournisseur à remplir pour qu'on vous référence
RD 0 neutral | c'est bon pour nous envoyez la convention à la responsable achats elle la signe dans la foulée
R 0 neutral | on peut caler la formation des chefs d'équipe la semaine du six et démarrer le lundi d'après
R + happy | bah écoutez c'est un oui on fait comment pour la suite
RD 0 neutral | je fais remonter le bon au gérant il signe tout ce que je lui pose sur le bureau
CR 0 neutral | on a résilié chez notre opérateur pour les enregistrements donc envoyez ce qu'il faut signer
R 0 neutral | le bon de commande part aujourd'hui je l'adresse à qui chez vous
R 0 neutral | ok on prend l'offre à quarante postes vous me dites ce qu'il faut signer
RD 0 neutral | la présidente a donné son feu vert hier soir donc préparez les documents
RU 0 stressed | on reprend le service client d'un assureur au premier donc si on signe cette semaine vous suivez
R 0 neutral | on est prêts côté technique donnez-nous juste une date pour l'installation
D 0 neutral | moi je prépare le dossier mais c'est le directeur des opérations qui arbitre
D 0 concerned | tant que le comité d'engagement s'est pas réuni rien ne part
D 0 neutral | la directrice de l'agence voudra voir une démo elle-même avant quoi que ce soit
D 0 neutral | on est dans un réseau donc la tête de réseau doit référencer le fournisseur
D 0 neutral | pour enregistrer les appels de leurs clients c'est l'énergéticien pour qui on bosse qui valide
D 0 concerned | euh notre dsi est en arrêt jusqu'à fin du mois et franchement sans lui on bouge pas
D 0 neutral | le volet facility management a son propre service achats je vous mets en relation
DH 0 hesitant | faut que je convainque le directeur de compte et entre nous je suis pas encore convaincu moi non plus
D 0 neutral | chez nous c'est le partner qui signe on peut rien engager sans lui
DC 0 neutral | le dsi groupe a sorti le dernier logiciel d'écoute qu'on avait donc il voudra être dans la boucle
D 0 neutral | si vous arrivez à convaincre les deux associés en visio c'est gagné
0 0 neutral | je suis responsable de la gestion locative donc c'est moi qui décide pour mon service
0 + happy | mon chef est en séminaire à lisbonne cette semaine il y en a qui ont de la chance
0 0 neutral | en général ça dure combien de temps un déploiement comme ça
0 0 neutral | le préavis de résiliation c'est combien de mois chez vous
0 0 neutral | attendez je regarde l'agenda pour le prochain point mardi quinze heures ça irait
0 0 neutral | la facturation c'est à terme échu ou à échoir
0 0 neutral | c'est moi qui signe les contrats pour les trois agences de toute façon
0 0 neutral | vous facturez en euros ou en francs suisses on a une filiale à genève
0 0 neutral | le directeur des opés est arrivé le mois dernier il vient de la logistique
0 0 neutral | oui oui je suis le gérant vous êtes au bon endroit
"""

# Hésitation et fort intérêt, français
FR_HI = """
H 0 hesitant | sur le papier c'est séduisant mais on a déjà du mal à faire remplir les fiches alors un outil de plus
H 0 hesitant | je suis pas certain que le jeu en vaille la chandelle pour une équipe de douze
H 0 skeptical | mouais on verra
H - unimpressed | génial encore une appli que les techniciens vont contourner
H 0 hesitant | chez un syndic les appels c'est des fuites et des digicodes je vois pas ce qu'on noterait
CH 0 hesitant | on avait tenté un outil d'écoute il y a deux ans et ça a fait pschitt donc je suis méfiant
H 0 hesitant | revenez vers moi en janvier là je préfère pas m'engager
H 0 hesitant | il me faudrait des retours d'autres boîtes d'infogérance avant d'aller plus loin
H 0 worried | les enquêteurs vont crier au flicage et sans eux on n'a plus d'études
H 0 worried | enregistrer des répondants avec la cnil et tout ça me fait un peu peur
H 0 hesitant | des consultants seniors qui se font coacher sur leurs appels j'y crois moyen
H 0 hesitant | je suis partagé honnêtement ça coche des cases mais pas forcément les nôtres
H 0 neutral | c'est sympa mais c'est pas vital
H 0 hesitant | euh faut qu'on qu'on laisse décanter un peu
XH 0 confused | j'ai pas bien saisi à quoi sert la notation donc je préfère pas m'avancer
DH 0 hesitant | les directeurs régionaux faudrait les convaincre et honnêtement moi aussi
HB 0 hesitant | les sous on les a hein c'est juste que je suis pas sûr de vouloir les mettre là
H 0 hesitant | j'ai peur que ça finisse au placard comme le dernier projet qualité
HU 0 hesitant | oui l'audit arrive dans un mois mais je suis pas sûr que ce soit la bonne réponse
H 0 hesitant | bof on est peut-être pas la cible pour ce genre d'outil
HF - frustrated | bon votre démo m'a pas convaincu et on a perdu une heure
H 0 hesitant | ça me paraît un gros chantier pour un gain que je vois pas encore
I + interested | ah ça c'est malin le résumé qui part direct dans le ticket ça nous changerait la vie
I + excited | c'est pile ce que je cherche depuis que j'ai repris le plateau
I + interested | ah ouais quand même
I + pleased | j'avoue que je suis agréablement surpris
I + happy | pouvoir retrouver ce que le locataire a dit exactement au téléphone ça c'est de l'or
I + interested | attendez revenez sur les mots-clés détectés c'est ça qui m'intéresse
I + excited | nos chargés d'études vont être fous avec ça
I + interested | bon là vous marquez un point
ID + interested | moi je suis emballé et je vais le défendre devant le pdg
IU + excited | ça tombe à pic on refond tout notre process qualité ce trimestre
IC + pleased | ça met une claque au module d'écoute de notre opérateur
IB + happy | on a justement une enveloppe pour ça et franchement ça me plaît beaucoup
I + interested | ça pourrait vraiment nous démarquer auprès de nos donneurs d'ordre
0 + happy | merci beaucoup c'était très clair
0 0 neutral | d'accord sympa on passe à la suite
0 0 neutral | attendez que je réfléchisse on est vingt-huit à la hotline
0 0 neutral | euh je réfléchis le dernier séminaire c'était en mars
0 0 neutral | avec la grève du rer la moitié de l'équipe est en télétravail aujourd'hui
0 0 neutral | on utilise slack en interne et google agenda pour les plannings
0 0 neutral | au fait le client a adoré le rapport d'étude du mois dernier
"""

# Urgence et budget, français
FR_UB = """
U 0 stressed | le donneur d'ordre nous audite le quinze et il veut voir comment on écoute les appels
U 0 concerned | le vieux serveur d'enregistrement part à la benne quand on vide la salle serveur en juin
U 0 stressed | on récupère une campagne de trois cents positions dans cinq semaines faut que ce soit prêt
U 0 neutral | la haute saison des locations saisonnières c'est l'été donc idéalement c'est en place avant juin
U 0 worried | on repasse la certif nf relation client en novembre et là on a rien pour prouver nos écoutes
U 0 concerned | le client relance son appel d'offres et il demande ce qu'on fait côté qualité faut qu'on ait un truc à montrer
UR 0 stressed | si on signe cette semaine vous pouvez nous équiper avant les soldes de janvier
DU 0 stressed | ça passe au conseil le neuf et ils se réunissent qu'une fois par trimestre donc faut pas rater le coche
U 0 neutral | le plus tôt sera le mieux le nouveau marché démarre au premier
CU 0 concerned | notre contrat avec l'opérateur arrive à échéance fin du mois prochain il nous faut une réponse vite
U 0 stressed | la cnil vient contrôler dans quinze jours et nos traces d'appels c'est le bazar
U 0 worried | chaque semaine qui passe le client trouve un nouveau truc à redire sur nos écoutes
U 0 concerned | le terrain de l'enquête démarre le deux et le commanditaire exige les entretiens enregistrés
UD 0 concerned | la directrice veut trancher avant de partir en congé vendredi
U 0 stressed | le vieux système s'arrête à la fin du trimestre point barre
UI + excited | si ça peut être en place avant le pic de la rentrée ce serait le top
U 0 stressed | notre responsable qualité part à la retraite en décembre et personne sait faire ses grilles d'écoute
B 0 neutral | on a prévu une ligne outils qualité sur l'exercice
B 0 neutral | côté finances on a de quoi faire on cherche surtout le bon outil
B 0 concerned | franchement pas un centime avant le nouvel exercice en avril
B - concerned | la maison mère a tout gelé jusqu'à nouvel ordre même les recrutements
B 0 neutral | pour tester on peut mettre dans les trois cents balles par mois pas plus
B 0 neutral | le client nous rembourse l'outillage sur son contrat donc ça sortirait pas de notre poche
B 0 neutral | il reste un petit reliquat sur le budget formation
B 0 concerned | depuis qu'on a perdu le marché de la métropole c'est tendu côté trésorerie
PB 0 concerned | ça mangerait tout le budget qualité de l'année
PB - concerned | c'est carrément le double de ce qu'on avait provisionné
B - worried | on est en plan d'économies on a même rendu deux étages de bureaux
BR + happy | la compta a sanctuarisé l'enveloppe donc on peut y aller
B 0 neutral | ça doit sortir des frais généraux du fm et ils sont déjà bien tirés
0 0 neutral | rien ne presse de notre côté on prépare l'année prochaine
0 0 neutral | on est ouverts de huit heures à vingt heures en semaine et le samedi matin
0 0 neutral | le déménagement de l'agence c'était l'an dernier tout est rentré dans l'ordre
0 0 neutral | le prix c'est pas vraiment le sujet pour être honnête
0 0 neutral | ça revient à combien par poste en engagement annuel
0 0 neutral | votre tarif il est hors taxe ou ttc
0 0 neutral | on a mis un paquet dans la gtb cette année la direction est contente
0 + happy | je pars en corse trois semaines en août vivement
0 0 neutral | les dix pour cent de remise que vous avez évoqués ça joue aussi sur les frais de mise en service
0 0 neutral | y a pas d'échéance particulière on a le temps
"""

# Prix, concurrent, confusion, frustration, français
FR_PCXF = """
P - unimpressed | à ce prix-là c'est un dictaphone avec un joli logo
P 0 concerned | c'est plus cher que tout notre forfait téléphonie
P 0 concerned | faudrait vraiment faire un effort sur le tarif
P - annoyed | les frais de mise en service vous rigolez j'espère
P 0 neutral | y a moyen de revoir un peu votre copie sur le prix
CP 0 concerned | notre prestataire actuel fait l'enregistrement pour trois fois moins
P 0 hesitant | multiplié par soixante postes ça chiffre vite quand même
PD 0 concerned | si j'arrive avec ce chiffre chez les associés ils vont me rire au nez
CPR 0 neutral | alignez-vous sur le devis de l'autre boîte et on signe aujourd'hui
CP - annoyed | notre outil de ticketing fait déjà la transcription gratos alors pourquoi je vous paierais
C 0 neutral | tout le plateau est sur odigo enregistrement compris
C 0 neutral | l'enregistrement est inclus dans notre offre centrex chez l'opérateur
X 0 confused | je saisis pas bien ce que vous appelez un moment clé dans l'appel
C 0 neutral | les superviseurs notent les écoutes sur un fichier excel c'est laborieux mais ça tient
CF - frustrated | notre prestataire actuel met quinze jours à répondre à un ticket c'est n'importe quoi
CF - annoyed | j'en ai ras le bol de notre solution d'enregistrement qui paume des fichiers une semaine sur deux
CH 0 hesitant | on vient de déployer le module d'écoute d'avaya donc tout arracher maintenant bof
CD 0 neutral | le client impose son outil d'écoute sur sa campagne donc faudrait qu'il accepte de changer
C 0 neutral | notre ingé système dit qu'il peut monter un truc avec whisper sur un serveur qui traîne
X 0 confused | euh donc les écoutes c'est vos équipes qui les font ou les nôtres j'ai du mal à suivre
X 0 confused | pardon la notation c'est une personne qui la fait ou c'est le logiciel
X 0 confused | attendez vous m'avez perdu avec les postes nommés et les accès simultanés
X 0 confused | j'ai pas compris comment il ferait la différence entre un locataire et un artisan au téléphone
X 0 confused | euh ça enregistre les appels ou ça écoute en direct je suis pas sûr de suivre
X 0 confused | c'est quoi au juste une grille d'évaluation dans votre outil
X 0 confused | et la transcription elle est stockée où chez vous chez nous je suis perdu
X 0 confused | vous pouvez répéter j'ai pas capté la partie sur l'api
F - annoyed | on m'a baladé entre quatre de vos collègues avant de tomber sur vous
F - frustrated | le compte d'essai est planté depuis mardi et personne m'a rappelé
F - annoyed | on devait avoir le devis la semaine dernière et toujours rien
F - annoyed | ça fait trois fois que je demande la durée d'engagement par écrit enfin
FH - frustrated | la démo a planté deux fois ça me rassure pas vraiment
F - angry | arrêtez de m'envoyer la même plaquette j'ai déjà dit deux fois à votre commercial qu'on est pas un call center de dix personnes
0 0 neutral | notre principal concurrent vient d'ouvrir une agence dans la même rue
0 0 neutral | la boîte de nettoyage nous a fait des misères ce mois-ci mais bon c'est un autre sujet
0 0 neutral | ça s'intègre avec notre crm hubspot
0 0 neutral | on a sage pour la compta et un logiciel métier pour les baux
0 0 neutral | les locataires râlent encore pour l'ascenseur rien de neuf
0 0 neutral | ok ça marche c'est plus clair
0 0 neutral | d'accord donc c'est par utilisateur nommé ça roule
"""

# Mélange et faux amis, français
FR_MIX = """
0 0 neutral | on gère à peu près quatre mille lots en copropriété sur la métropole
0 0 neutral | la plupart des appels entrants c'est des demandes d'intervention le reste des relances de loyers
0 0 neutral | la compta clôture le cinq donc les factures après passent le mois suivant
0 0 neutral | l'annuel c'est payable d'avance ou on peut mensualiser
0 0 neutral | c'est mon n plus un qui m'a demandé de prendre ce rendez-vous
0 0 neutral | pardon je suis dans le tgv si ça coupe c'est pour ça
0 0 neutral | le directeur de compte vous passe le bonjour vous vous êtes croisés au salon
0 0 neutral | euh je réfléchis on a douze cabines sur le plateau d'enquêtes
0 0 neutral | nos clients c'est surtout des mutuelles et deux trois énergéticiens
0 0 neutral | le centre d'appels d'à côté paye mieux ses conseillers c'est comme ça
0 0 neutral | on a changé de logiciel de paie en septembre quelle galère
0 0 neutral | merci pour l'envoi du support ce matin
0 0 neutral | vos contrats c'est sur combien de temps en général
0 0 neutral | c'est moi qui l'utiliserai au quotidien
0 0 neutral | la transcription est facturée à la minute ou c'est au forfait
0 0 neutral | les relevés de charges partent en septembre chaque année
0 0 neutral | on a perdu un client au profit d'un gros outsourceur l'an dernier mais il est revenu
0 0 neutral | le tarif il augmente après la première année ou il est bloqué
0 + happy | pas de souci merci pour votre temps
0 0 neutral | notre président a monté un centre d'appels dans les années quatre-vingt-dix il connaît le sujet
0 0 neutral | c'est moi qui tranche pas de comité rien
0 0 neutral | aucune urgence on regarde juste ce qui existe
R 0 neutral | on forme les superviseurs la semaine du huit et on bascule le lundi suivant ça vous va
RD 0 neutral | mettez-moi tout ça par écrit et je le pose sur le bureau du pdg cet aprèm il l'attend
DI + interested | moi je suis fan mais c'est la directrice qualité qui décide je vous la présente
D 0 neutral | le service conformité de notre client doit valider la durée de conservation avant qu'on achète
D 0 concerned | le directeur financier signe tout au-dessus de cinq mille et il est pas d'humeur généreuse
IR + excited | franchement c'est top on peut l'avoir sur le plateau sortant le mois prochain
HP - hesitant | c'est cher et je suis même pas sûr que les consultants s'en serviraient
UP 0 stressed | il nous le faut pour le premier mais pas à ce prix-là quand même
XI + curious | j'ai pas tout suivi sur la boucle de coaching mais ça a l'air d'être exactement ce qu'il nous faut
FC - frustrated | ceux qu'on a nous promettent la transcription depuis un an et ça marche toujours pas
H 0 hesitant | avec le déménagement on est sous l'eau donc je suis partagé
I + happy | ah la vache c'est fluide
CU 0 neutral | la licence d'enregistrement du standard expire dans trois semaines et on a pas envie de renouveler
B 0 neutral | on a une enveloppe outils de production client et ça rentrerait dedans
DI + interested | c'est les associés qu'il faut convaincre moi c'est déjà fait
X 0 confused | attendez vous dites que ça marche sans rien installer sur les postes je vois pas comment
XH 0 worried | je comprends pas comment le message de consentement marcherait pour les répondants et ça me gêne
F - annoyed | vous m'avez appelé trois fois cette semaine j'avais dit que je rappellerais
F - frustrated | l'identifiant que vous m'avez envoyé marche pas et votre aide en ligne mène nulle part
DR 0 neutral | elle a validé de son côté envoyez-moi le contrat je le fais contresigner
BR + happy | le budget est là on lance la machine
DU 0 stressed | les achats du client doivent valider avant leur clôture du trente et un
IB + interested | c'est tout à fait dans nos cordes et on a les moyens
UI + excited | on lance une nouvelle campagne le quinze ça arriverait pile au bon moment
B 0 neutral | le client a un budget innovation qui dort on peut le flécher là-dessus
ID + interested | ça me plaît beaucoup faut juste que je le montre au dg avant
B 0 concerned | on sort d'une année compliquée donc chaque euro est compté
F - annoyed | votre collègue m'avait promis un rappel hier je l'attends encore
X 0 confused | hein c'est quoi la différence entre un tag et une catégorie chez vous
0 0 neutral | on est joignables jusqu'à dix-neuf heures sauf le vendredi
0 0 neutral | la dernière inondation au sous-sol c'était en deux mille quinze
0 + happy | bon courage pour la suite de vos rendez-vous
0 0 neutral | est-ce que les mises à jour sont comprises dans l'abonnement
"""

BLOCKS = [(EN_RD, "en", "client"), (EN_HI, "en", "client"), (EN_UB, "en", "client"),
          (EN_PCXF, "en", "client"), (EN_MIX, "en", "client"),
          (FR_RD, "fr", "client"), (FR_HI, "fr", "client"), (FR_UB, "fr", "client"),
          (FR_PCXF, "fr", "client"), (FR_MIX, "fr", "client")]
