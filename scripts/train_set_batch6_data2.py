"""Notation blocks of train_set_batch6.py (part 2 of 3): B6_EN_MISC, B6_FR_MISC, B6_EN_NEG, B6_FR_NEG, B6_EN_AGENT, B6_FR_AGENT, B6_EN_2.

Kept apart so every file stays under 500 lines; train_set_batch6.py reads them."""

# Frustration, urgency, closing, hesitation, confusion, interest, English
B6_EN_MISC = """
F - annoyed | i've uploaded the same csv three times and it still says invalid
F - frustrated | the pilot was supposed to start monday and we still don't have logins
F - angry | half our stores lost their call history after your update
F - annoyed | your renewal email went to spam and now you're threatening to cut us off
F - frustrated | the migration tool skipped every call with an accent in the name field
F - annoyed | i've been bounced between sales and support all morning
F - sarcastic | oh lovely another survey that's exactly what i needed today
F - frustrated | the procurement portal rejected your invoice twice and nobody on your side will fix it
F - annoyed | honestly the onboarding webinars are just reading the help page out loud
F - angry | we were promised the nhs integration in q2 it's now november
F - frustrated | my drivers can't hear the prompts over the engine and i've reported it four times
F - annoyed | why does every answer start with great question
F - frustrated | we're in peak season and the dashboard takes a minute to load
F - sarcastic | sure i'll just tell the mayor's office to wait for your next sprint
F - annoyed | please stop calling my mobile i've asked to be contacted by email
F - frustrated | the agency keeps getting locked out and i'm the one getting the calls
F - angry | this is the third renewal where the price went up without a word
F - annoyed | ugh the the transcript cut off mid sentence again
F - frustrated | i spent my whole weekend redoing the routing because the import failed
F - annoyed | i don't need another account manager intro i need the bug fixed
F - sarcastic | wow thirty days to reset a password truly cutting edge
F - frustrated | nobody told us the old numbers would stop working during migration
F - annoyed | i'm not going to explain the problem from scratch again
F - angry | you charged the cancelled sites for three months that's outrageous
F - frustrated | the summer staff can't even log in and it's our busiest week
F - annoyed | honestly the release notes say fixed and it is not fixed
F - frustrated | we've had more downtime this quarter than the whole of last year
F - annoyed | can i please just speak to someone technical
F - annoyed | the consent message plays twice on every call and patients are complaining
F - frustrated | i've chased this refund since the pilot ended in june
FU - stressed | the system's down and we've got two hundred calls queued right now
FU - angry | we go live tomorrow and nothing works fix it today please
U 0 neutral | we need something in place before the christmas peak
U - stressed | the audit is in three weeks and we have no call records to show
U 0 neutral | the new clinic opens on the first and needs phones and all this by then
U 0 neutral | can we get it live before the january sales
U - stressed | the regulator wants call monitoring in place by end of quarter
U 0 neutral | the tender deadline is noon friday so i need your docs tomorrow
U 0 neutral | ideally we'd be running by the time the seasonal hires start in may
U - stressed | our licence with the old system expires sunday night
U 0 neutral | we're opening twelve new sites next month and they all need this day one
U 0 neutral | this has to be signed before the fiscal year closes on the thirty first
U - stressed | honestly we needed this yesterday the complaints are piling up
U 0 neutral | we need to be live before the summer or it slips a whole year
U 0 neutral | we need to move fast because the election helpline opens in four weeks
UR 0 neutral | if you can start next week we'll sign now
UR + happy | let's get it going asap send me the order form today
R + happy | ok let's do it send the contract over
R 0 neutral | what do you need from us to get the pilot started
R 0 neutral | who do i send the signed order form to
R + happy | we're ready to roll it out to all the stores
R 0 neutral | can you set up the accounts for the first three sites this week
R + confident | right i've seen enough let's move forward
R 0 neutral | send the dpa over and i'll get it signed today
R 0 neutral | let's book the kickoff for the monday after next
R + happy | we'd like to convert the pilot into a full contract
R 0 neutral | put us down for the annual plan with forty seats
R 0 neutral | what's the next step to get the purchase order raised
R + happy | yep we're in let's talk onboarding dates
R 0 neutral | i'll register you on our supplier portal today so we can order
H 0 hesitant | let me sleep on it and come back to you
H 0 hesitant | i'm not sure the timing's right with everything else going on
H 0 hesitant | uh we might revisit this after peak season
H - hesitant | i dunno it feels like a big change for the team right now
H 0 hesitant | we're probably going to wait and see how the pilot numbers look
H 0 hesitant | i'd rather not commit to anything before the restructure settles
H 0 hesitant | hmm maybe just a couple of sites first and we'll see
H 0 hesitant | honestly i'm on the fence about it
H - concerned | i'm worried the nurses won't take to it
H 0 hesitant | can we park this till the new year
H 0 hesitant | it's interesting but i need to think through the rollout
H 0 hesitant | we're not saying no just not yet
X 0 confused | sorry what's the difference between a seat and a licence here
X 0 confused | wait does the pilot convert automatically or do we have to opt in
X 0 confused | i don't get how the per site pricing works with shared agents
X 0 confused | so is the recording stored by you or by our phone provider i'm lost
X 0 confused | hang on what's a concurrent minute
X 0 confused | im not following the bit about the sso and the provisionning
X 0 confused | sorry can you explain again what happens to calls during the migration
X 0 confused | um which of these three plans has the french transcription
X 0 confused | i thought the dashboard was included now you're saying it's extra
X 0 confused | so who owns the data if we leave i don't understand the contract wording
I + excited | oh that's exactly what we've been missing
I + impressed | wow it caught the complaint before the agent even noticed
I + happy | the per store breakdown is brilliant our area managers will love it
I + excited | honestly this would save my team hours every week
I + impressed | that's properly clever the way it flags the compliance wording
I + excited | ok now you have my attention
I + happy | i could see this working across every depot
I + impressed | the accuracy on the french calls is really impressive
I + excited | we've been looking for something like this for years
I + happy | i love that the nurses don't have to type anything
0 - sarcastic | oh wow a dashboard how revolutionary
0 - sarcastic | amazing another ai tool just what the world needed
0 - sarcastic | yeah sure it'll definitely fix everything
0 - sarcastic | cool cool another login to remember
IR + excited | this is great can we start the pilot next week
IX + curious | i love it but i'm not sure how it'd work for our night shift
IH + interested | it looks great honestly i just need to think about the timing
"""

B6_FR_MISC = """
F - annoyed | j'ai importé le même fichier trois fois et il me dit toujours invalide
F - frustrated | le pilote devait commencer lundi et on a toujours pas les accès
F - angry | la moitié des magasins a perdu l'historique d'appels après votre mise à jour
F - annoyed | ça fait toute la matinée qu'on me renvoie du commercial au support
F - sarcastic | ah super encore un questionnaire de satisfaction c'est tout ce qu'il me fallait
F - frustrated | le portail achats a rejeté votre facture deux fois et personne chez vous bouge
F - angry | on nous avait promis l'intégration au dossier patient au deuxième trimestre on est en novembre
F - annoyed | pourquoi chaque réponse commence par excellente question
F - frustrated | en pleine saison le tableau de bord met une minute à charger
F - annoyed | arrêtez de m'appeler sur mon portable j'ai demandé les mails
F - angry | c'est le troisième renouvellement où le prix augmente sans prévenir
F - annoyed | pff la transcription s'arrête encore au milieu de la phrase
F - frustrated | j'ai passé mon week-end à refaire le routage parce que l'import a planté
F - sarcastic | trente jours pour réinitialiser un mot de passe bravo la technologie
F - frustrated | personne nous a dit que les anciens numéros couperaient pendant la migration
F - annoyed | je vais pas réexpliquer le problème depuis le début encore une fois
F - angry | vous avez facturé les sites résiliés pendant trois mois c'est scandaleux
F - frustrated | les saisonniers arrivent même pas à se connecter et c'est notre plus grosse semaine
F - annoyed | les notes de version disent corrigé et c'est pas corrigé
F - annoyed | je peux parler à quelqu'un de technique s'il vous plaît
F - frustrated | ça fait depuis juin que je cours après ce remboursement
F - annoyed | le message de consentement passe deux fois et les patients se plaignent
FU - stressed | le système est en panne et on a deux cents appels en attente là
FU - angry | on démarre demain et rien ne marche réglez ça aujourd'hui
U 0 neutral | il nous faut un truc en place avant le rush de noël
U - stressed | l'audit c'est dans trois semaines et on a aucun enregistrement à montrer
U 0 neutral | le nouveau centre ouvre le premier et il lui faut tout ça dès le départ
U 0 neutral | on peut être en production avant les soldes de janvier
U - stressed | l'autorité de contrôle veut un suivi des appels d'ici la fin du trimestre
U 0 neutral | la date limite de l'appel d'offres c'est vendredi midi il me faut vos documents demain
U - stressed | notre licence de l'ancien système expire dimanche soir
U 0 neutral | ça doit être signé avant la clôture de l'exercice le trente et un
U - stressed | franchement il nous le fallait hier les réclamations s'accumulent
U 0 neutral | on doit aller vite la ligne d'info des élections ouvre dans quatre semaines
UR 0 neutral | si vous pouvez démarrer la semaine prochaine on signe maintenant
R + happy | bon allez on y va envoyez le contrat
R 0 neutral | il vous faut quoi de notre côté pour lancer le pilote
R 0 neutral | j'envoie le bon de commande signé à qui
R + happy | on est prêts à le déployer dans tous les magasins
R + confident | bon j'en ai assez vu on avance
R 0 neutral | envoyez-moi le contrat de sous-traitance rgpd je le signe aujourd'hui
R 0 neutral | on cale le lancement au lundi de la semaine d'après
R + happy | on voudrait transformer le pilote en contrat ferme
R 0 neutral | mettez-nous sur l'offre annuelle avec quarante postes
R 0 neutral | je vous référence sur notre portail fournisseurs aujourd'hui pour pouvoir commander
H 0 hesitant | laissez-moi la nuit pour y réfléchir je reviens vers vous
H 0 hesitant | je suis pas sûr que ce soit le bon moment avec tout ce qui se passe
H 0 hesitant | euh on verra peut-être après la haute saison
H - hesitant | bof ça fait un gros changement pour l'équipe en ce moment
H 0 hesitant | je préfère rien engager avant que la réorganisation soit finie
H 0 hesitant | hmm peut-être juste deux ou trois sites d'abord on verra
H 0 hesitant | franchement je suis partagé
H - concerned | j'ai peur que les infirmières accrochent pas
H 0 hesitant | on dit pas non mais pas tout de suite
X 0 confused | pardon c'est quoi la différence entre un poste et une licence ici
X 0 confused | attendez le pilote se transforme tout seul en abonnement ou faut le demander
X 0 confused | je comprends pas comment marche le prix par site avec des conseillers partagés
X 0 confused | donc les enregistrements sont chez vous ou chez notre opérateur je suis perdu
X 0 confused | euh c'est quoi une minute simultanée
X 0 confused | je suis pas trop la partie sso et le provisioning
X 0 confused | lequel des trois forfaits a la transcription en anglais du coup
X 0 confused | je croyais que le tableau de bord était inclus là vous dites que c'est en plus
I + excited | ah c'est exactement ce qui nous manquait
I + impressed | waouh il a repéré la réclamation avant même le conseiller
I + happy | le détail par magasin c'est génial nos responsables de secteur vont adorer
I + excited | franchement ça ferait gagner des heures à mon équipe chaque semaine
I + impressed | c'est vraiment malin la façon dont il repère les mentions obligatoires
I + excited | ok là vous avez toute mon attention
I + happy | je vois bien ça dans tous nos entrepôts
I + excited | ça fait des années qu'on cherche un truc comme ça
0 - sarcastic | oh un tableau de bord quelle révolution
0 - sarcastic | génial encore un outil ia c'est ce qu'il manquait au monde
0 - sarcastic | ouais ouais ça va tout régler c'est sûr
0 - sarcastic | cool encore un identifiant à retenir
IR + excited | c'est top on peut lancer le pilote la semaine prochaine
IX + curious | ça me plaît mais je vois pas comment ça marcherait pour l'équipe de nuit
IH + interested | ça a l'air super franchement je dois juste réfléchir au calendrier
"""

# Hard negatives, English: look like competitor / decision maker / money, but are not
B6_EN_NEG = """
0 0 neutral | we don't use anything for that today it's all by ear
0 0 neutral | nope no other vendor in the picture we found you through a podcast
0 0 neutral | this would be our first ever call tool
0 0 neutral | we've never recorded calls before so it's all new
0 0 neutral | no rfp for this it's under the threshold
0 0 neutral | the tender is just for this one lot no other suppliers invited yet
0 0 neutral | we're not replacing anything this is on top of nothing
0 0 neutral | we don't have a crm as such just the booking system
0 0 neutral | our phones are just regular mobiles for now
0 0 neutral | my sister works in a call centre that's how i heard of this stuff
0 0 neutral | i read about you on a forum for practice managers
0 0 neutral | we've got forty two stores across the north west
0 0 neutral | we hire about sixty seasonal staff every spring
0 0 neutral | the helpline is staffed by volunteers mostly retired folks
0 0 curious | can it handle two languages in the same call
0 0 curious | how long does a typical pilot run
0 0 curious | is the data hosted in the uk
0 0 curious | what happens to the recordings when a member of staff leaves
0 0 curious | do you have other councils as customers
0 0 neutral | the dpia template is on our intranet i'll share it
0 + happy | thanks that was a really clear demo
0 0 neutral | we mostly deal with parcel tracking and missed deliveries
0 0 neutral | our agency has twenty account managers on the phone a lot
0 0 neutral | we're a regional bus operator so lots of lost property calls
0 0 neutral | it's mainly appointment reminders and prescription queries
0 0 neutral | the tourist season runs june to september here
0 0 neutral | we don't have a procurement team we just buy stuff
0 0 neutral | nobody here uses gong or anything like that
0 0 neutral | we looked at nothing else honestly you were the first search result
0 0 neutral | the price list you sent is clear thanks
0 0 neutral | i've saved the quote in our shared drive
"""

B6_FR_NEG = """
0 0 neutral | on utilise rien pour ça aujourd'hui tout se fait à l'oreille
0 0 neutral | non aucun autre fournisseur on vous a trouvés via un podcast
0 0 neutral | ce serait notre tout premier outil d'appels
0 0 neutral | on a jamais enregistré d'appels donc tout est nouveau pour nous
0 0 neutral | pas d'appel d'offres pour ça on est sous le seuil
0 0 neutral | on remplace rien ça viendrait en plus de rien
0 0 neutral | on a pas vraiment de crm juste le logiciel de rendez-vous
0 0 neutral | ma sœur bosse dans un centre d'appels c'est comme ça que j'ai connu
0 0 neutral | je vous ai découvert sur un forum de gérants de pharmacie
0 0 neutral | on a quarante-deux magasins dans le grand ouest
0 0 neutral | les entrepôts tournent de six heures à vingt-deux heures
0 0 neutral | les cabinets ferment deux semaines en août
0 0 neutral | on embauche une soixantaine de saisonniers chaque printemps
0 0 neutral | la ligne d'écoute tourne surtout avec des bénévoles
0 0 neutral | la plupart des appels c'est pour reprogrammer une livraison
0 0 curious | ça marche avec des casques bas de gamme
0 0 curious | ça gère deux langues dans le même appel
0 0 curious | un pilote dure combien de temps en général
0 0 curious | les données sont hébergées en france
0 0 curious | vous avez d'autres collectivités comme clients
0 0 neutral | je transfère à l'équipe et on vous propose un créneau
0 0 neutral | je suis le nouveau responsable des opérations depuis deux semaines
0 0 neutral | le modèle d'aipd est sur notre intranet je vous le partage
0 + happy | merci c'était une démo très claire
0 0 neutral | c'est surtout du suivi de colis et des livraisons ratées
0 0 neutral | on est un réseau de bus régional beaucoup d'objets perdus
0 0 neutral | la saison touristique c'est de juin à septembre ici
0 0 neutral | on a pas de service achats on achète directement
0 0 neutral | personne ici utilise gong ou un truc du genre
0 0 neutral | bah on a rien regardé d'autre vous étiez le premier résultat
0 0 neutral | la grille tarifaire que vous avez envoyée est claire merci
0 0 neutral | du coup j'ai rangé le devis dans le drive partagé
0 0 neutral | euh voilà c'est tout pour moi pour l'instant
"""

# Agent turns: 0 unless the agent is confused or frustrated
B6_EN_AGENT = """
0 0 neutral | a lot of our retail customers moved over from zendesk talk
0 0 neutral | we can import your recordings from ringcentral during the migration
0 0 neutral | unlike the big suites you don't need a consultant to set us up
0 0 neutral | we price match for the first year if you share the other quote
0 0 curious | who's your current provider for the phone lines
0 0 curious | when does your contract with the incumbent end
0 0 curious | how many other vendors are responding to the rfp
0 0 neutral | the pilot is free for thirty days up to ten seats
0 0 neutral | it's twenty nine per seat per month for seasonal staff on monthly billing
0 0 neutral | we do a twenty percent discount for charities and public bodies
0 0 neutral | the setup fee is waived if you sign before the end of the month
0 0 curious | is the budget held centrally or per site
0 0 curious | who else will be scoring the bids on your side
0 0 neutral | i can join the steering group call if it helps your director
0 0 curious | does the medical director need to see the dpia first
0 0 neutral | we're on the g cloud framework so the council can buy directly
0 0 neutral | our reseller in ireland can invoice you in euros
0 0 neutral | i'll register us on your procurement portal this afternoon
0 0 neutral | the pilot can convert to a contract with no break in service
0 0 neutral | we'll keep your old numbers ported across no downtime
0 0 calm | i hear you the migration delays aren't acceptable let me escalate now
0 0 apologetic | i'm sorry the invoice was rejected i'll reissue it today with the po
0 0 neutral | let me recap the three plans so it's clear
0 0 neutral | i'll send the order form and the dpa together
0 0 neutral | great i'll book the kickoff for the twelfth
0 0 confident | we usually have multi site retailers live in under three weeks
X 0 confused | sorry i'm a bit lost are we talking about the clinics or the head office
X 0 confused | hang on i'm confused which contract ends in march yours or theirs
X 0 confused | wait i thought you said forty sites earlier not fourteen
F - frustrated | honestly i've asked our billing team three times to fix this and it's still wrong
F - annoyed | i'm sorry i'm just as annoyed as you our release broke this and i told them
F - frustrated | i've been trying to get engineering on this all week it's maddening
"""

B6_FR_AGENT = """
0 0 neutral | beaucoup de nos clients commerce viennent de zendesk
0 0 neutral | on peut récupérer vos enregistrements de chez ringover pendant la migration
0 0 neutral | on s'aligne sur le prix la première année si vous nous montrez l'autre devis
0 0 curious | vous êtes chez quel opérateur pour les lignes aujourd'hui
0 0 curious | votre contrat actuel se termine quand
0 0 curious | combien de candidats ont répondu à l'appel d'offres
0 0 neutral | le pilote est gratuit trente jours jusqu'à dix postes
0 0 neutral | c'est vingt-neuf euros par poste et par mois pour les saisonniers
0 0 neutral | on fait vingt pour cent aux associations et aux collectivités
0 0 neutral | les frais de mise en service sont offerts si vous signez avant la fin du mois
0 0 curious | le budget est centralisé ou géré par site
0 0 curious | qui d'autre va noter les offres chez vous
0 0 neutral | je peux participer au comité de pilotage si ça aide votre directeur
0 0 neutral | on est référencés à l'ugap donc la mairie peut commander directement
0 0 neutral | notre revendeur en belgique peut vous facturer
0 0 neutral | je nous inscris sur votre plateforme achats cet après-midi
0 0 neutral | on garde vos anciens numéros aucune coupure
0 0 calm | je vous entends le retard de migration c'est pas acceptable j'escalade tout de suite
0 0 apologetic | désolé pour la facture rejetée je la refais aujourd'hui avec le bon de commande
0 0 neutral | je vous récapitule les trois offres pour que ce soit clair
0 0 neutral | parfait je cale le lancement le douze
X 0 confused | pardon je suis un peu perdu on parle des cabinets ou du siège
X 0 confused | attendez je m'embrouille c'est quel contrat qui finit en mars le vôtre ou le leur
F - frustrated | franchement j'ai demandé trois fois à la facturation de corriger et c'est toujours faux
F - annoyed | je suis aussi agacé que vous notre mise à jour a cassé ça et je les avais prévenus
"""

# Second pass: more of the thinner signals, public sector, logistics, healthcare, agencies
B6_EN_2 = """
P - concerned | we're a council every pound gets scrutinised and that's a lot of pounds
P 0 neutral | any chance of a discount if three of our trusts sign together
P - unimpressed | that's enterprise pricing and we're a ten person agency
P - concerned | paying per depot when half of them are tiny feels unfair
P 0 neutral | would you do a reduced rate for the quiet months
P - concerned | the renewal quote is eye watering to be honest
P - skeptical | i struggle to see how that's worth forty a seat
P 0 neutral | could we get the pilot price locked in for the first year
P - unimpressed | mm that's steep for what we'd actually use
P - concerned | the add ons double the headline price which isn't great
B 0 neutral | the practice gets a fixed allowance for it from the health board
B - concerned | our funding is year to year so i can't commit past march
B 0 neutral | we set aside a small pot for innovation this year about five grand
B 0 neutral | the clients pay for the tools on their campaigns so it comes out of their fee
B - concerned | diesel prices have eaten most of our spare cash this year
B 0 neutral | our spending review is in september that's when new lines get added
B - concerned | we're running on reserves till the grant renewal comes through
B 0 neutral | each hospital site has its own it budget which makes it fun
B 0 neutral | the levy money can only go on training not software
B - worried | honestly after the bad winter season there's not much left in the kitty
PB - concerned | great product but that's our whole year's it spend in one go
PB 0 neutral | if it came in under the procurement threshold we could just buy it
D 0 neutral | the head of service needs to take it to the corporate leadership team
D 0 neutral | our client signs off every tool used on their account no exceptions
D 0 neutral | the trust board has to approve anything that processes patient audio
D 0 neutral | the family who own the business decide together at sunday lunch basically
D 0 neutral | um the transport manager will have to okay it for the drivers
D 0 neutral | honestly it's the managing partner who'll make the final call
D 0 neutral | we need the caldicott guardian to sign it off
D 0 neutral | the purchasing consortium picks the supplier for all member schools
DH 0 hesitant | i'd want the managing director's view before i say anything firm
DR 0 neutral | the head of service has signed so we can raise the order
DU 0 neutral | our client wants it approved before their campaign launches on the ninth
0 0 neutral | i'm the managing partner so it's my call
0 0 neutral | my boss forwarded me your email that's all she did
0 0 neutral | the director was on the last call but she's just listening in
0 0 neutral | i've been given the budget and the decision so it's me you deal with
U 0 neutral | flu season starts in october and we need it before the call volumes spike
U - stressed | the contract with the council starts on monday and we're not set up
U 0 neutral | the warehouse peak is black friday so it has to be bedded in by november
CU 0 neutral | our old contract rolls over automatically on the first unless we cancel
U - stressed | we've got an ombudsman complaint and need the call recordings this week
U 0 neutral | we need a decision this month while the pilot team is still together
U 0 neutral | it needs to be in before the new school term
R 0 neutral | okay send me the framework call off form and i'll raise it
R + happy | great the trust is happy let's book the install
R 0 neutral | can we sign for the six stores now and add the rest later
R 0 neutral | i'll get the po raised this afternoon
R + happy | right let's lock it in for the april start
R 0 neutral | what dates have you got for training the first cohort
R + confident | we're going ahead send over the paperwork
H 0 hesitant | i need to see how the other sites feel before i push it
H 0 hesitant | we'll probably hold off till the new manager is in post
H - hesitant | i'm not convinced the drivers will use it honestly
H 0 hesitant | i'll have a think and maybe come back after the audit
H 0 hesitant | part of me wants to wait for the next version
X 0 confused | sorry is the pilot per site or for the whole group
X 0 confused | i'm confused do the agencies need their own accounts or use ours
X 0 confused | wait what does the call off contract actually commit us to
X 0 confused | so does it record the driver's mobile or the depot line i'm not sure
X 0 confused | um i didn't understand the bit about retention periods
X 0 confused | how does that work with the framework i've never bought like this
X 0 confused | sorry you lost me at the api part
X 0 confused | hold on so the price is per month but billed yearly or what
X 0 confused | i don't understand which features are in the pilot and which aren't
I + excited | that would change how we run the whole helpline honestly
I + impressed | it picked up the safeguarding phrase straight away that's huge
I + happy | the drivers would actually love the hands free summary
I + excited | we could roll that out to every client campaign
I + impressed | that's a lot slicker than i expected
I + excited | i want this for the night team yesterday
I + happy | the receptionists are going to be thrilled with this
I + impressed | i didn't think it could handle welsh that's amazing
0 - sarcastic | oh great so the robot will tell my nurses how to talk
0 - sarcastic | sure sounds magical like all the other demos
F - annoyed | you've sent me four different quotes and none match
F - frustrated | the pilot data vanished when it converted and nobody can find it
F - annoyed | i keep getting emails for a site we closed a year ago
F - frustrated | every time the council rotates passwords your integration dies
F - annoyed | the reseller says it's your problem and you say it's theirs
F - frustrated | we've had three account managers this year and none of them knew our setup
C 0 neutral | the framework lists two other suppliers who do the same
C 0 neutral | we use the nhs approved dictation tool for some of it already
C 0 neutral | the 3pl we use has its own call logging built into their portal
C 0 neutral | the previous agency left us with a talkdesk account we still pay for
C 0 curious | would you integrate with the rostering software we use or replace it
CP - concerned | the framework rival is cheaper per seat by a fair bit
CU 0 neutral | our incumbent's notice period is ninety days so we need to decide this week
"""
