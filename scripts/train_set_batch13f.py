"""Batch 13f of the analyzer's call-speech training data: client turns only, in
English and French (the French written as a French speaker would say it, not
translated). Situations: banks' small-business desks, credit unions, wealth
managers, payroll bureaus, crowdfunding platforms, equipment-leasing companies.
Written from docs/labelling.md (with its "Cases the guide left open, decided"),
avoiding its "Still open" cases, without reading the detector's cue lists or any
validation set. Notation of scripts/data_notation.py:

    LABELS SENTIMENT emotion | text

Weights aimed at (lines carrying the letter, both languages): C ~50, P ~45,
D ~45, R ~45, B ~40, U ~40, H ~40, I ~40, F ~35, X ~30, and about 120 lines with
no signal (0) that look like one, leaning on look-alikes of competitor (tools for
other jobs such as payroll, booking, e-signature or market data, the speaker's own
rivals, suppliers of other things) and of price objection (neutral price, VAT and
invoice questions, prices of other things such as lease or interest rates, a
price found fair). Indirect wordings above all."""

# Competitor, English: the incumbent, a rival quote, in-house and bundled tools
EN_C = """
CF - annoyed | ugh the current lot's transcripts are gibberish half the time and i'm fed up with it
C 0 neutral | the small business desk already records every call through the bank's own phone platform
C 0 neutral | um the credit union's been on the recording that came with our phone system since like 2019
CU 0 concerned | our agreement with the current recording people lapses on the thirty first so we need something landed this month
CP - annoyed | so the outfit we use now does transcripts and scoring for about half that per head
CF - frustrated | honestly the crowd we're with lose a recording every other week and compliance is on my back about it
CD 0 neutral | our head of wealth would want you side by side with the firm that already does our voice capture
CH 0 hesitant | the advisers have got used to the thing we've got and i'm not sure moving them is worth the grief
C 0 neutral | our it lads wrote a little script that dumps call audio into sharepoint and it it sort of works
C 0 neutral | we had uh another vendor in on tuesday showing pretty much the same dashboard
CI + interested | ok that scoring view is miles ahead of what our phone provider gives us
C 0 neutral | over on the leasing desk they keep call notes in a shared excel and the team lead skims it on fridays
CP 0 concerned | the other quote we've got in is noticeably lower for the same number of seats
CU 0 neutral | the recording add-on on our teams phones gets switched off in five weeks so the timing is not an accident
CR + positive | we've given notice to the old recording firm so send over whatever needs signing
CX 0 confused | sorry how is this different from what zoom phone already records for us
CF - annoyed | the people we pay now take ten days to pull one recording when a member complains
CD 0 neutral | group compliance picked the current call archiving vendor so they'd be the ones to drop it
CP - unimpressed | look the carrier throws transcription in for nothing so paying that on top is a hard sell
CI + excited | wow okay so that would replace the three bits we juggle now for the same job
CU 0 stressed | our old recorder's end of life in six weeks and they've said flat out no more patches
CB 0 neutral | we've put aside what the incumbent costs us plus a bit for the switch
C 0 neutral | another provider came recommended by a credit union up the road and we're speaking to them too
CH 0 hesitant | we only moved the desk onto the dialer's own recording in the spring so going again so soon hmm
CR + positive | we're done with the other lot so what's the earliest start date if we say yes today
CX 0 confused | wait would this sit alongside the five9 recording or instead of it i'm lost
"""

# Price and budget, English: this offer's price against the buyer's money
EN_PB = """
B 0 neutral | realistically we could find maybe two hundred a month for it
BH 0 hesitant | money's tight so i'd want to be very sure before committing anything
P 0 concerned | can you do something on the price for a small desk like ours
P - unimpressed | that's a lot of money for what is basically a tape recorder with a nice screen
P 0 concerned | is there any wiggle room on that figure because it's steep for eleven advisers
PB - worried | that would swallow the whole of this year's tooling budget on its own
B - concerned | we honestly don't have a line for this until the new financial year
B 0 neutral | there's money earmarked for compliance tooling so the budget side is fine
PR 0 neutral | if you can shave fifteen percent off we'd sign before the end of the week
P - annoyed | you want how much per month i nearly dropped my coffee
B 0 worried | after the audit the board froze all discretionary spend so um we're stuck for now
PH 0 hesitant | for that money i'd want to be really sure the team actually uses it
B + positive | we've got money to spend on this it's more a question of picking the right one
PB - concerned | that's loads more than we budgeted for the whole desk
B 0 neutral | we can stretch to roughly four hundred a month and that's the ceiling
BR + positive | the money's been approved so we can go ahead when you're ready
B - stressed | every penny this year is going on the core banking migration so there's nothing left
P 0 concerned | that monthly figure makes my eyes water a little
PH 0 hesitant | um it's a big ask at that price for a team that's mostly part time
B 0 neutral | finance gave us a pot for call quality this year and it hasn't been touched
P - frustrated | somehow the price went up between the demo and this quote and nobody told me why
PB - concerned | at that price we'd blow the quarter's software allowance before we'd even started
P 0 concerned | we're a small leasing shop not a high street bank that price is for someone bigger
B 0 neutral | the budget is there it's more about when we can fit the rollout in
PB - worried | that's about double what we've got set aside so it's a no at that level
CPR + positive | match the figure your rival gave us and i'll get the paperwork going today
B - concerned | we're a not for profit the money just isn't there for nice to haves
P 0 neutral | could you take the onboarding fee off because that's the part that stings
BI + interested | i love it and there's budget left in the compliance line so let's keep talking
P - annoyed | no offence but that number is frankly a bit of a joke for eight seats
"""

# Decision maker and closing readiness, English
EN_DR = """
D 0 neutral | anything like this goes to the partners' meeting and they vote on it
D 0 neutral | the supervisory committee would have to sign it off before i could
DP - concerned | my finance director will laugh at that number she won't approve it
D 0 neutral | anything over a grand the managing partner signs so it'll have to go past him
D 0 neutral | i can't say yes to this the credit committee has to approve it
DR + positive | send the contract over the chief operating officer will sign it this afternoon
R + positive | right what do you need from us to get started on monday
D 0 concerned | nothing moves until the regional director is back from leave in a fortnight
R 0 neutral | who do i send the purchase order to
DR + happy | our director just gave the nod so let's get the ball rolling
D 0 neutral | honestly it's the compliance head you'll need to win over not me
R + positive | okay let's do it can you email the order form
D 0 neutral | it'll go to the trustees when they meet on the fourth nothing before that
R 0 neutral | send the invoice to accounts payable and we'll get it paid this week
D 0 neutral | our ceo would need to see it working before anything gets signed
RU 0 stressed | we need this live before the regulator's visit in three weeks so where do i sign
D 0 hesitant | i'd have to run it by the two partners and they're um not easy to convince
DR 0 neutral | fine draft the agreement in the group's name and legal will countersign
R 0 neutral | what happens after we say yes who sets up the accounts
D 0 neutral | the board of the credit union has the final say and they meet quarterly
RI + excited | this is exactly it when can your onboarding people call us
D 0 neutral | my boss has a veto on software spend so let me get it in front of her
R 0 neutral | send the paperwork over and i'll get it back to you signed
DH 0 hesitant | i like it but getting it through our risk committee is a different story
R + positive | we'll take the annual plan what details do you need for the contract
D 0 neutral | yeah no the bureau's owner makes all these calls i just run the floor
D 0 concerned | head office in leeds decides which vendors the branches use
DR + positive | the cfo's happy with it so shoot the docs over and she'll put her name on them
R + interested | let's pencil in a kickoff for the first of the month
D 0 neutral | it's not my decision really the operations director holds the pen on this
"""

# Urgency and hesitation, English
EN_UH = """
U 0 concerned | the consumer duty board report is due next month and we've no call evidence to put in it
U 0 concerned | the new leasing product launches on the ninth and we're expecting a flood of calls
U 0 stressed | we've got the ombudsman wanting our complaints backlog cleared by the end of the quarter
U 0 stressed | um so the regulator's thematic review lands in april and we need call records in order by then
U 0 concerned | our fca audit is in six weeks and right now we can't find half our calls
H 0 hesitant | i'm not sure it's the right time for us to be honest
H 0 hesitant | hmm it looks good but i've been burned by shiny tools before
U 0 neutral | tax year end is our crazy season so it has to be running before then
UR 0 stressed | we need it in before the campaign goes live on the fifteenth so let's get it signed
H 0 unsure | i'll need to mull it over there's a lot going on here
U 0 worried | the old recording server dies at the end of the month and there's no replacement
H 0 hesitant | not sure the advisers would actually open it day to day
UD 0 concerned | we have to decide by friday and my director's the one who'll sign
H 0 hesitant | it's probably great but we're a tiny team is it really for us
U 0 stressed | year end payroll is in three weeks and the phones will go mad so sooner the better
H 0 doubtful | hmm transcripts look nice but will they cope with our scottish members
U 0 concerned | our funding round opens on the second and the phones light up so we need it running first
H 0 hesitant | let's not rush into anything i want to sit on it for a bit
HB 0 worried | i'm wary of committing money to this when we don't know next year's numbers
U 0 neutral | there's a hard stop the leasing book moves platforms on the first and calls need capturing from day one
H 0 hesitant | i don't know it feels like a lot of change for the team right now
U 0 concerned | with the consumer duty deadline looming we really can't sit on this
HX 0 confused | i'm not sure i really get what the coaching bit gives us so i'm in two minds
U 0 stressed | complaints have to be answered with evidence within eight weeks and we've got a stack due next month
H 0 sceptical | call scoring sounds great on paper but in practice i wonder
UI + excited | we need exactly this and before the busy season kicks off in march
H 0 hesitant | maybe in the new year let me see how the migration goes first
"""

# Interest, frustration, confusion, English
EN_IFX = """
I + interested | i could see this paying for itself on the complaints side alone
I + happy | yeah no that's properly useful
I + interested | an auto summary after each call would be a godsend for the wealth team
I + excited | oh the way it flags missing risk warnings is brilliant
IR + happy | honestly this ticks every box what's the next step to get it set up
F - frustrated | i've had three different reps from you in a month and each one starts from scratch
F - annoyed | the trial expired before anyone even showed us how to log in
F - irritated | can we skip the script please i know what call recording is
F - annoyed | your support line hung up on me yesterday which wasn't ideal
F - annoyed | i said no thanks last month and your team still calls every other day
I + interested | now that's clever i can see our team leads using that every morning
I + happy | okay i'm sold on the search thing that alone would save us hours
I + interested | not bad at all actually
I + excited | that compliance flagging is exactly what we've been crying out for
I + interested | hm that's rather nice i'll admit
IR + excited | love it how fast can we have it on the small business desk
I + interested | the member sentiment score would go down a treat with our board
I + curious | i'd genuinely like to see that on our own calls
I + happy | you've got my attention with the coaching clips
F - frustrated | this is the third time i've explained what we do can we move on
F - annoyed | your colleague promised me a trial two months ago and then vanished
F - irritated | i've been on hold twice to get this call today that's not a great start
F - annoyed | i asked for a straight price and i've had twenty minutes of slides
F - frustrated | that demo login you sent still doesn't work i've tried three times
F - annoyed | we were promised a call back on thursday and it never came
F - annoyed | please stop sending me emails every day it's getting a bit much
F - angry | you people rang our branch manager behind my back after i said i'd come back to you
X 0 confused | sorry i'm lost does it record the calls or just listen in
X 0 confused | what's a scorecard in this context i thought that was a credit thing
X 0 confused | hang on does the transcription happen on your side or ours
X 0 confused | i don't follow how the coaching bit links to the recordings
X 0 confused | sorry what did you say the difference between the two tiers was
X 0 confused | so is it per seat or per minute i've lost track of how you charge
X 0 confused | um so who actually listens to the calls you or us
X 0 confused | can you say that again the bit about keywords went right over my head
IX + curious | i like it but i'm not clear where the scores actually come from
X 0 confused | sorry is the coach a person on your side or is it the software
F - annoyed | i was told this call would take ten minutes and we're at forty
X 0 confused | i'm a bit muddled is the ai listening live or afterwards
"""

# No signal, English: look-alikes of competitor and price objection above all
EN_0 = """
0 0 neutral | we use sage for payroll and xero for the books just so you know the landscape
0 0 neutral | the other credit unions round here are all chasing the same young members
0 0 neutral | our main rival on the high street just opened a business hub opposite us
0 0 neutral | how much is the price per seat just roughly
0 0 neutral | is vat included in that figure or on top
0 0 neutral | the price isn't the problem it's getting people trained
0 0 neutral | no rush on our side we're just gathering information
0 0 neutral | my boss is away this week skiing lucky him
0 0 neutral | i decide on these things so you're talking to the right person
0 0 neutral | we lease our photocopiers from a firm in bristol and they're fine
0 0 neutral | our card terminals come from a different supplier entirely
0 + happy | thanks for walking me through it that was useful
0 0 neutral | we're open eight till six monday to friday
0 0 neutral | we moved offices last year so the phones got rewired then
0 0 neutral | does it integrate with our crm
0 0 neutral | is the invoice monthly or yearly
0 0 neutral | that seems fair for what it does honestly
0 0 neutral | let me think um we've got about forty people on the phones
0 0 neutral | our interest rates went up again last month members weren't thrilled
0 0 neutral | equipment lease rates have gone through the roof for our customers this year
0 0 neutral | we use calendly for booking adviser meetings
0 0 neutral | do you invoice in pounds or euros
0 0 neutral | what's included in the standard plan compared to the pro one
0 + happy | lovely weather today for once
0 0 neutral | that crowdfunding platform down the road raised more than us last quarter good luck to them
0 0 neutral | i own the bureau so it's my call
0 0 neutral | our cleaning contractor is changing next month so things are a bit chaotic
0 0 neutral | the price you mentioned sounds about right for the market
0 0 neutral | so the ten percent you mentioned is that already off the list price
0 0 neutral | we pay the website people a fortune but that's another story
0 0 neutral | how long is the notice period if we ever did leave
0 0 neutral | how does onboarding usually work for a team our size
0 0 neutral | my manager uses something like it at her other job apparently
0 0 neutral | does it store the recordings in the uk
0 - annoyed | traffic on the ring road was murder this morning sorry i'm late
0 0 neutral | can you pay by direct debit
0 0 neutral | we bought new headsets from an online shop a few months back
0 0 neutral | our advisers use bloomberg all day for market data
0 0 neutral | let me check my calendar for a follow up next week
0 0 neutral | payroll's fine the software sends the payslips out it's all automated
0 0 neutral | we spend a lot on marketing every autumn that's our big push
0 + positive | good to meet you too i've heard of your company
0 0 neutral | the investment platform we use for client portfolios is fine for that
0 0 neutral | how many languages does the transcription handle
0 0 neutral | do you have customers in financial services already
0 0 neutral | small business lending round here is cut-throat between the banks
0 0 neutral | the price is clear thanks i just wanted to check it was monthly
0 0 neutral | other leasing firms undercut us on forklifts all the time that's the trade
0 0 neutral | our docusign account handles the lease signatures
0 0 neutral | is the setup fee a one off
0 0 neutral | our accountants charge us per hour which is fine
0 + positive | cheers that answers it
0 0 neutral | we're not in a hurry this is a very early look for us
0 0 neutral | i'm the one who'd sign so you can send things straight to me when there's something
"""

# Concurrent, français : le prestataire en place, un devis rival, l'interne, l'offert
FR_C = """
C 0 neutral | à l'agence pro de la banque les appels sont déjà enregistrés par la plateforme du groupe
C 0 neutral | euh la caisse utilise l'enregistrement fourni avec le standard orange depuis des années
CU 0 concerned | notre contrat avec le prestataire d'enregistrement s'arrête fin du mois donc faut qu'on tranche vite
CP - annoyed | ceux qu'on a aujourd'hui font la transcription et la notation pour moitié moins par poste
CF - frustrated | franchement notre presta actuel perd des enregistrements et c'est moi que la conformité engueule
C 0 neutral | le service informatique a bricolé un petit script qui range les audios dans un dossier partagé
CH 0 hesitant | bon l'outil qu'on a est vieillot mais les conseillers le connaissent par cœur
C 0 neutral | on a vu une autre boîte mardi qui montrait à peu près le même tableau de bord
CI + interested | ah ouais là c'est autre chose que ce que ringover nous fournit
C 0 neutral | au service crédit-bail les notes d'appel sont dans un fichier excel que le chef relit le vendredi
CD 0 neutral | la direction conformité a choisi l'archivage d'appels actuel c'est à elle de le lâcher
CP 0 neutral | l'opérateur nous met la transcription gratuite dans le forfait donc payer en plus ça passe mal
C 0 neutral | l'équipe crowdfunding avait testé un outil de transcription gratuit pour les appels investisseurs
CR + positive | on a résilié avec l'ancien prestataire donc envoyez-moi ce qu'il faut signer
CX 0 confused | attendez ça remplace l'enregistrement de teams ou ça vient à côté je suis perdu
CF - annoyed | chez notre fournisseur actuel pour récupérer un appel il faut dix jours c'est n'importe quoi
CU 0 stressed | le vieil enregistreur de chez nice n'est plus maintenu dans six semaines et ils l'ont dit cash
C 0 neutral | une autre caisse du réseau nous a recommandé un prestataire qu'on rencontre aussi
C 0 neutral | le gestionnaire de patrimoine passe par l'outil d'enregistrement que son réseau lui impose
CP 0 concerned | le devis de l'autre boîte est nettement plus bas pour autant de postes
CH 0 hesitant | on vient de passer tout le plateau sur l'enregistrement d'aircall au printemps donc rebouger maintenant hmm
CB 0 neutral | on a mis de côté ce que nous coûte l'actuel plus un petit peu pour la bascule
"""

# Prix et budget, français
FR_PB = """
P - unimpressed | pour un enregistreur avec un tableau de bord c'est cher payé quand même
P 0 concerned | bon là pour une équipe de onze vous pouvez pas faire un petit effort
PB - worried | ouh là ça mange l'enveloppe outils de l'année à lui tout seul
B - concerned | y a rien de prévu au budget pour ça avant janvier prochain
B 0 neutral | la direction a fléché des crédits sur la conformité cette année donc on a de quoi
PR 0 neutral | si vous descendez de quinze pour cent je vous signe ça avant vendredi
P - annoyed | attendez combien par mois vous êtes sérieux
B 0 worried | depuis l'inspection tout est gelé côté dépenses on peut rien engager
PH 0 hesitant | à ce tarif faut que je sois certain que les gars s'en servent sinon c'est de l'argent jeté
B + positive | l'argent c'est pas ce qui manque chez nous c'est le temps de choisir
PB - concerned | on est très au-dessus de ce qu'on avait budgété pour le service entier
B 0 neutral | notre plafond c'est quatre cents balles par mois pas un centime de plus
BR + positive | les crédits sont votés donc on peut lancer quand ça vous arrange
B - stressed | cette année tout part dans la bascule du système bancaire il reste que des miettes
P 0 concerned | nous on loue des nacelles à des artisans votre grille elle est pensée pour des gros
B 0 neutral | côté sous on est bons c'est le calendrier de déploiement qui coince
PB - worried | ça fait le double de ce qu'on s'est gardé donc à ce prix-là c'est mort
P 0 neutral | les frais d'installation si vous les sautez ça m'aiderait beaucoup
BI + interested | franchement ça me plaît et la ligne conformité a encore de la marge
P - annoyed | huit postes à ce prix-là sans vouloir vous vexer c'est une blague
P - frustrated | entre la démo et le devis le tarif a grimpé et personne m'a expliqué pourquoi
B - concerned | en tant qu'association on a pas la trésorerie pour ce genre de luxe
PB - concerned | avec ce montant l'enveloppe logicielle du trimestre saute direct
B 0 neutral | on a gardé une petite réserve pour ce genre de projet cette année
B - worried | honnêtement les caisses sont vides en ce moment
B 0 neutral | en grattant un peu on pourrait sortir deux cents euros par mois
BH 0 hesitant | la trésorerie est tendue du coup avant de sortir quoi que ce soit je veux être sûr
P - unimpressed | c'est pas donné hein pour ce que c'est
P 0 concerned | ah ouais quand même ça douille un peu pour un cabinet de paie
P 0 concerned | vous avez pas une version plus légère parce que là ça fait cher pour nous
P - annoyed | à ce prix-là j'attends que ça fasse le café aussi
PU 0 stressed | faut qu'on l'ait avant la clôture du trimestre mais à ce prix-là je peux pas
"""

# Décideur et passage à l'achat, français
FR_DR = """
D 0 neutral | le gérant signe tout ce qui dépasse mille euros donc faudra passer par lui
D 0 neutral | moi je peux pas dire oui c'est le comité de crédit qui valide
DR + positive | envoyez le contrat le directeur des opérations le signe cet après-midi
R + positive | bon qu'est-ce qu'il vous faut de notre côté pour démarrer lundi
D 0 concerned | rien ne bouge tant que la directrice régionale est pas rentrée de congés dans quinze jours
R 0 neutral | le bon de commande je l'envoie à qui
DR + happy | notre directeur vient de donner son feu vert donc on lance la machine
D 0 neutral | c'est pas moi qu'il faut convaincre c'est le responsable conformité
R + positive | allez on y va vous m'envoyez le bon de commande par mail
D 0 neutral | le conseil d'administration se réunit le quatre et ça passera à l'ordre du jour
R 0 neutral | envoyez la facture à la compta fournisseurs et on vous règle dans la semaine
D 0 neutral | notre pdg voudra le voir tourner avant que quoi que ce soit soit signé
RU 0 stressed | faut que ce soit en place avant le contrôle de l'acpr dans trois semaines alors je signe où
D 0 hesitant | faudrait que j'en parle aux deux associés et euh ils sont pas faciles à convaincre
R + positive | vas-y mettez-nous douze postes
DR 0 neutral | ok rédigez le contrat au nom du groupe et le juridique contresignera
R 0 neutral | une fois qu'on a dit oui qui crée les comptes et on commence quand
D 0 neutral | à la caisse c'est le conseil qui a le dernier mot et il se réunit tous les trimestres
RI + excited | c'est exactement ça vos équipes d'onboarding peuvent nous appeler quand
D 0 neutral | ma cheffe a un droit de veto sur les dépenses logiciels donc je lui présente d'abord
DH 0 hesitant | ça me plaît mais le faire passer au comité des risques c'est une autre histoire
R + positive | on part sur l'abonnement annuel vous avez besoin de quelles infos pour le contrat
D 0 neutral | c'est la patronne du cabinet de paie qui décide de tout ça moi je gère le plateau
R 0 neutral | bon du coup on fait comment côté paperasse pour avancer
D 0 concerned | c'est le siège à lyon qui choisit les fournisseurs des agences
DR + positive | le daf est d'accord donc envoyez les documents elle les signera
R + interested | on cale un lancement pour le premier du mois
D 0 neutral | honnêtement c'est pas ma décision c'est la directrice des opérations qui tient le stylo
DP - concerned | mon daf va rigoler en voyant ce chiffre elle validera jamais
D 0 neutral | chez nous ce genre de truc passe en comité de direction et c'est eux qui votent
D 0 neutral | le comité de surveillance doit donner son accord avant moi
R 0 neutral | envoyez la paperasse et je vous la renvoie signée
"""

# Urgence et hésitation, français
FR_UH = """
U 0 stressed | l'acpr débarque en avril pour son contrôle et nos enregistrements sont pas prêts
U 0 concerned | l'audit interne c'est dans six semaines et on retrouve pas la moitié des appels
H 0 hesitant | je sais pas si c'est vraiment le moment pour nous là
H 0 hesitant | mouais les outils qui brillent je m'en suis déjà mordu les doigts
U 0 neutral | entre janvier et mars c'est le rush des bilans faut que ça tourne avant
UR 0 stressed | la campagne de collecte démarre le quinze il nous le faut avant alors on signe
H 0 unsure | je vais laisser décanter il y a beaucoup à digérer
U 0 worried | le vieux serveur d'enregistrement rend l'âme fin du mois et y a rien derrière
H 0 hesitant | mes conseillers ils vont l'ouvrir une fois et l'oublier j'ai peur
UD 0 concerned | on a jusqu'à vendredi pour décider et la signature c'est mon directeur
H 0 hesitant | c'est sûrement top pour des gros centres d'appels mais nous à cinq bof
U 0 stressed | dans trois semaines c'est la paie de décembre et le standard va exploser
H 0 doubtful | avec l'accent de nos sociétaires du sud-ouest la transcription je demande à voir
U 0 concerned | le deux on ouvre la levée de fonds et ça va sonner dans tous les sens
H 0 hesitant | on va pas se précipiter je préfère y revenir plus tard
HB 0 worried | mettre des sous là-dedans sans savoir ce que l'an prochain nous réserve ça me gêne
U 0 neutral | le premier le portefeuille de leasing bascule et faut enregistrer dès le matin
H 0 hesitant | ça fait beaucoup de changements d'un coup pour l'équipe je suis pas sûr
U 0 concerned | avec l'échéance réglementaire qui approche on peut plus laisser traîner
HX 0 confused | je vois pas bien ce que le coaching nous apporterait du coup je suis partagé
U 0 stressed | les réclamations faut y répondre preuves à l'appui sous deux mois et on en a une pile
H 0 sceptical | la notation des appels sur le papier c'est top mais dans la vraie vie bon
UI + excited | c'est pile ce qu'il nous faut et avant le coup de feu de mars si possible
H 0 hesitant | on verra peut-être en début d'année quand la migration sera derrière nous
U 0 concerned | le nouveau produit de location sort le neuf on attend une avalanche d'appels
U 0 stressed | le médiateur veut qu'on solde le stock de réclamations avant la fin du trimestre
H 0 hesitant | c'est intéressant hein mais je suis pas encore convaincu que ça vaille le coup
H 0 doubtful | encore un outil de plus à gérer je sais pas trop
H - sceptical | génial encore un logiciel que personne ouvrira
U 0 stressed | on lance l'offre crédit-bail pro lundi en huit et faut que les appels soient suivis dès le départ
U 0 worried | le commissaire aux comptes passe dans un mois et il va demander les traces d'appels
"""

# Intérêt, frustration, confusion, français
FR_IFX = """
I + interested | ah ça c'est malin je vois bien nos chefs d'équipe l'utiliser tous les matins
I + happy | ok la recherche dans les appels rien que ça on gagnerait des heures
I + interested | pas mal du tout en fait
I + excited | l'alerte conformité c'est exactement ce qu'on réclame depuis des mois
I + interested | bon j'avoue c'est plutôt sympa
IR + excited | j'adore on peut l'avoir quand sur l'agence pro
I + interested | le score de satisfaction des sociétaires ça plairait beaucoup au conseil
I + curious | j'aimerais vraiment voir ce que ça donne sur nos propres appels
I + happy | les extraits de coaching là vous m'avez eu
I + interested | je vois bien ça se rembourser rien que sur les réclamations
I + happy | non mais ça c'est vraiment utile
I + interested | le résumé auto après chaque appel ce serait le rêve pour la gestion de patrimoine
IR + happy | honnêtement ça coche toutes les cases on fait quoi pour le mettre en place
F - frustrated | c'est la troisième fois que j'explique ce qu'on fait on peut avancer
F - annoyed | votre collègue m'avait promis un essai il y a deux mois et plus de nouvelles
F - irritated | j'ai attendu deux fois en ligne pour avoir cet appel ça commence mal
F - annoyed | j'ai demandé un prix simple et j'ai eu vingt minutes de slides
F - frustrated | l'accès démo que vous m'avez envoyé marche toujours pas j'ai essayé trois fois
F - annoyed | arrêtez de m'envoyer un mail par jour ça devient lourd
F - angry | vous avez appelé notre directeur d'agence dans mon dos alors que j'avais dit que je revenais vers vous
F - annoyed | on devait me rappeler jeudi et personne a rappelé
F - frustrated | trois commerciaux différents en un mois et chacun repart de zéro
F - irritated | on peut sauter le script s'il vous plaît je sais ce qu'est l'enregistrement d'appels
F - annoyed | j'ai dit non merci le mois dernier et vous rappelez tous les deux jours
X 0 confused | pardon je suis perdue ça enregistre les appels ou ça écoute en direct
X 0 confused | une grille d'évaluation c'est quoi ici pour moi c'est un truc de crédit
X 0 confused | attendez la transcription elle se fait chez vous ou chez nous
X 0 confused | je vois pas le lien entre le coaching et les enregistrements
X 0 confused | pardon vous avez dit quoi sur la différence entre les deux formules
X 0 confused | c'est au poste ou à la minute je m'y perds dans votre tarification
X 0 confused | euh du coup qui écoute les appels vous ou nous
X 0 confused | vous pouvez répéter le passage sur les mots-clés j'ai décroché
IX + curious | ça me plaît mais je comprends pas trop d'où sortent les notes
X 0 confused | je m'emmêle un peu l'ia elle écoute en live ou après coup
F - frustrated | votre appli plante dès que j'ouvre un enregistrement de plus de dix minutes c'est pénible
F - annoyed | ça fait trois semaines que j'attends le devis corrigé
X 0 confused | désolé j'ai pas saisi c'est un logiciel à installer ou c'est en ligne
I + excited | waouh les alertes en direct pendant l'appel c'est dingue
X 0 confused | attendez les notes c'est vous qui les mettez ou c'est automatique
F - annoyed | c'est la deuxième fois que la démo saute à cause de votre connexion
X 0 confused | ça veut dire quoi exactement scoring dans votre offre
X 0 confused | genre le speech analytics c'est la même chose que la transcription ou pas
"""

# Aucun signal, français : sosies du concurrent et de l'objection prix surtout
FR_0 = """
0 0 neutral | pour la paie on est sur silae et la compta sur pennylane juste pour situer
0 0 neutral | les autres caisses du coin courent toutes après les mêmes jeunes sociétaires
0 0 neutral | notre principal concurrent vient d'ouvrir un espace pro juste en face de l'agence
0 0 neutral | ça coûte combien par poste à peu près
0 0 neutral | la tva elle est comprise ou en plus
0 0 neutral | le prix c'est pas le souci c'est plutôt la formation des gens
0 0 neutral | rien ne presse on se renseigne pour l'instant
0 0 neutral | mon chef est au ski cette semaine le veinard
0 0 neutral | c'est moi qui décide sur ces sujets vous êtes au bon endroit
0 0 neutral | nos photocopieurs sont en location chez une boîte de nantes ça se passe bien
0 0 neutral | les terminaux de paiement viennent d'un tout autre fournisseur
0 + happy | merci de m'avoir fait le tour c'était utile
0 0 neutral | l'agence est ouverte de neuf heures à dix-huit heures du lundi au vendredi
0 0 neutral | on a déménagé l'an dernier du coup tout le câblage téléphonique a été refait
0 0 neutral | ça s'intègre avec notre crm
0 0 neutral | la facturation est mensuelle ou annuelle
0 0 neutral | ça me paraît correct pour ce que ça fait franchement
0 0 neutral | attendez voir euh on doit être une quarantaine au téléphone
0 0 neutral | les taux ont encore monté le mois dernier les sociétaires étaient pas ravis
0 0 neutral | les loyers de leasing ont flambé pour nos clients cette année
0 0 neutral | on utilise doctolib euh non pardon calendly pour les rendez-vous conseillers
0 0 neutral | vous facturez en euros j'imagine
0 0 neutral | qu'est-ce qu'il y a dans la formule standard par rapport à la pro
0 + happy | il fait enfin beau aujourd'hui
0 0 neutral | la plateforme de financement participatif d'à côté a levé plus que nous ce trimestre tant mieux pour eux
0 0 neutral | le cabinet de paie il est à moi donc c'est moi qui tranche
0 0 neutral | on change de société de ménage le mois prochain c'est un peu le bazar
0 0 neutral | le prix que vous avez donné colle au marché je trouve
0 0 neutral | les dix pour cent dont vous parliez c'est déjà déduit du tarif
0 0 neutral | on paye une fortune à l'agence web mais ça c'est une autre histoire
0 0 neutral | le préavis c'est combien si un jour on voulait partir
0 0 neutral | comment se passe l'onboarding en général pour une équipe comme la nôtre
0 0 neutral | ma responsable utilise un truc du genre dans son autre boulot apparemment
0 0 neutral | les enregistrements sont stockés en france
0 - annoyed | le périph ce matin c'était l'enfer désolé pour le retard
0 0 neutral | on peut payer par prélèvement
0 0 neutral | on a acheté des casques neufs sur un site en ligne il y a quelques mois
0 0 neutral | les conseillers en gestion de patrimoine sont sur bloomberg toute la journée pour les marchés
0 0 neutral | je regarde mon agenda pour qu'on se recale la semaine prochaine
0 0 neutral | le logiciel de paie envoie les bulletins tout seul c'est automatisé
0 0 neutral | on dépense beaucoup en marketing chaque automne c'est notre gros temps fort
0 + positive | enchanté aussi j'ai déjà entendu parler de vous
0 0 neutral | l'outil de gestion de portefeuille pour les clients ça va il fait le job
0 0 neutral | la transcription gère combien de langues
0 0 neutral | vous avez déjà des clients dans la banque ou l'assurance
0 0 neutral | sur le prêt aux tpe la concurrence est féroce dans notre secteur
0 0 neutral | le tarif est clair merci je voulais juste savoir si c'était par mois
0 0 neutral | les autres loueurs nous cassent les prix sur les chariots élévateurs c'est le métier
0 0 neutral | les contrats de location on les fait signer sur yousign
0 0 neutral | les frais de mise en service c'est une seule fois
0 0 neutral | l'expert-comptable nous facture à l'heure et ça nous va
0 + positive | nickel ça répond à ma question
0 0 neutral | c'est moi qui signerais donc vous pouvez tout m'envoyer directement le moment venu
0 0 neutral | notre banque nous fait payer des frais de tenue de compte c'est la vie
0 0 neutral | les investisseurs paient une commission de cinq pour cent sur la plateforme c'est standard
0 0 neutral | c'est pas une question de prix hein je voulais juste comprendre la grille
"""

BLOCKS = [
    (EN_C, "en", "client"), (FR_C, "fr", "client"),
    (EN_PB, "en", "client"), (FR_PB, "fr", "client"),
    (EN_DR, "en", "client"), (FR_DR, "fr", "client"),
    (EN_UH, "en", "client"), (FR_UH, "fr", "client"),
    (EN_IFX, "en", "client"), (FR_IFX, "fr", "client"),
    (EN_0, "en", "client"), (FR_0, "fr", "client"),
]
