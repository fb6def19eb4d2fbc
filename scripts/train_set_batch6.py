"""Writes batch 6 of the analyzer's call-speech training data:
tests/data/analyzer_callspeech_train3.jsonl. New situations (renewals, migrations,
pilots, procurement portals, resellers, seasonal businesses, multi-site retail,
healthcare, logistics, agencies, public sector), not paraphrases of earlier batches.
Same notation, labelling conventions and checks as scripts/train_set_more.py:

    LABELS SENTIMENT emotion | text

LABELS is 0 (no signal) or letters from S; SENTIMENT is -, 0 or +. The batch leans on
competitor (indirect references to current, past and rival vendors, tools, in-house
builds, RFP bidders), decision_maker (with hard negatives: a boss mentioned who does
not decide), budget vs price_objection (with neutral price, invoice and payment-term
questions as 0), and carries about a third hard negatives. Conventions:
  - C: any current, past or alternative vendor/tool/in-house build/quote the speaker
    has or is weighing, named or not; "we use nothing for that today" is 0.
  - D: someone other than the speaker decides, approves, signs or holds a veto;
    "I decide" / "I'm the one who signs" is 0.
  - B: the buyer's own money; P: this offer's price too high / asking for a discount.
  - Agent turns are 0 unless the agent is themselves confused or frustrated.
  - Logistics, small talk, neutral questions about price, plans or other tools: 0.
Running it also checks the file (keys, values, duplicates within it and against every
earlier train, valid, dev and labelled set) and prints counts."""
import collections, json, pathlib

S = {"P": "price_objection", "B": "budget", "C": "competitor", "U": "urgency",
     "D": "decision_maker", "X": "confusion", "I": "strong_interest", "H": "hesitation",
     "F": "frustration", "R": "closing_readiness"}
SENT = {"-": "negative", "0": "neutral", "+": "positive"}

# Competitor, English: indirect and named references to current, past and rival vendors
B6_EN_C = """
C 0 neutral | so the folks we use now renew us automatically every april
C 0 neutral | um our current setup is basically aircall plus a shared inbox
C 0 neutral | the incumbent has been in here since before i joined
C 0 neutral | we're locked in with ringcentral till march so nothing moves before that
C 0 neutral | they threw in free onboarding when we signed with them
C 0 neutral | honestly the other lot offered to migrate all our data for nothing
C 0 neutral | we've got three bidders on the rfp including you
C 0 neutral | the tender closed friday and we had five responses
C 0 neutral | our reseller bundles a call recorder with the lines
C 0 neutral | the clinics all run on a patient comms tool the group picked years ago
C 0 neutral | each store manager uses whatever the franchise gave them which is zendesk i think
C 0 neutral | the depots have a dispatch system that logs calls already
C 0 neutral | our agency partner runs the outbound on their own dialer
C 0 neutral | the council's on a framework contract with a big telco for voice
C 0 neutral | like we we kinda built our own thing on top of twilio
C 0 neutral | the dev team hacked together a transcription script with whisper
C 0 neutral | um there's an excel macro that does the scoring right now dont laugh
C 0 neutral | we moved off five9 in the summer onto something cheaper
C 0 neutral | the pilot we ran with talkdesk ended last week
C 0 neutral | freshdesk does our tickets and we bolt the calls on with a plugin
C 0 neutral | so intercom handles chat and the phones are on ringover
C 0 neutral | odoo has a voip module and we're using that for now
C 0 neutral | zoho desk came free with the crm so that's what people use
C 0 neutral | our group signed a global deal with genesys and we're supposed to follow it
C 0 neutral | axialys is our carrier and they've pitched their analytics too
C 0 neutral | diabolocom came in last tuesday and did a pretty slick demo
C 0 neutral | hubspot keeps pushing their conversation intelligence add on at us
C 0 neutral | salesforce told us einstein would do all of this by next year
C 0 neutral | we're mid migration from avaya to teams phone
C 0 neutral | the old pbx vendor still owns half our numbers
C 0 neutral | yeah we've got gong on the sales side just not in support
C 0 neutral | chorus came with our zoominfo bundle so some reps use it
C 0 neutral | the bpo we outsource to in manila uses nice for qa
C 0 neutral | we renew with our current provider every january like clockwork
C 0 neutral | i should say we're already in a pilot with someone else
C 0 neutral | there's a startup pitching us the exact same thing for free for six months
C 0 neutral | we asked the other two vendors the same questions to be fair
C 0 neutral | the procurement portal has four suppliers listed for this lot
C 0 neutral | our it director's mate runs a company that does this kinda thing
C 0 neutral | we currently pay a freelancer to listen to calls and score them
C 0 neutral | the warehouse uses a radio system and a separate call logger from another firm
C 0 neutral | uh the summer temps get trained on the old system and it works ok
C 0 neutral | we switched crm two years ago to pipedrive and it was painful
C 0 neutral | we went with dixa last time but only for the chat
C 0 neutral | um the nhs trust next door uses a different supplier and we share some staff
C 0 neutral | head office pays for a speech analytics licence we barely touch
C 0 curious | what do you do that the big contact centre suites don't
C 0 curious | how does your transcription compare to what aircall has built in
C 0 curious | can you do what our current vendor does with the wallboards
C 0 curious | is this like the zendesk ai thing or different
C 0 curious | so would you be cheaper than what we're paying talkdesk right now
C 0 curious | are you one of those gong alternatives
C 0 neutral | we'd be running you side by side with the current tool for a month
C 0 neutral | our contract with the incumbent has a ninety day exit clause
C 0 neutral | the existing supplier holds our recordings so we'd need them exported
C 0 neutral | they gave us the first year at half price to get us in
C 0 neutral | the last vendor's engineer set up all our routing so we'd need to redo that
C 0 neutral | we've got a price match offer from another provider on the table
C - unimpressed | we already have three tools that claim to do this
C - skeptical | every vendor including the one we've got says the ai is magic
C - unimpressed | our current tool is clunky but everyone knows how to use it
C - skeptical | the last lot promised real time too and it was ten seconds behind
CP - concerned | the other bidder came in about thirty percent lower
CP - unimpressed | freshdesk gives us this for a tenth of your price
CP 0 neutral | if you can match what the incumbent charges per seat we're interested
CP - concerned | we'd be paying double what we pay ringover for basically the same thing
CP - unimpressed | honestly the in house script costs us nothing so your price is a hard sell
CP - concerned | the other quote included onboarding and yours charges extra for it
CF - frustrated | our current vendor's support is a black hole
CF - annoyed | aircall changed the pricing on us mid contract and nobody warned us
CF - angry | i'm so done with the incumbent ignoring our tickets
CF - frustrated | the homemade tool breaks every time someone leaves the company
CF - annoyed | zendesk keeps moving features into more expensive tiers
CH 0 hesitant | i'm a bit nervous about moving everything off our current platform mid season
CH - hesitant | we only just finished rolling out the last system so i dunno
CH 0 hesitant | the switching cost is what's making me pause to be honest
CH - concerned | retraining two hundred agents away from genesys is not nothing
CU - stressed | our current contract ends on the fifteenth and we have nothing lined up
CU 0 neutral | talkdesk need our renewal answer by friday so we need your numbers fast
CU - stressed | the old system goes end of life in six weeks
CD 0 neutral | the regional director chose the current vendor so she'll have to sign off any switch
CD 0 neutral | the rfp panel scores all the bidders and then the board picks
CD 0 neutral | head office has to approve moving away from the group contract
CD 0 neutral | our procurement team insists on three quotes so you and the other two go to them
CB 0 neutral | we'd have to wait for the old contract to end to free up the money
CB 0 neutral | whatever we save by cancelling hubspot calling is our budget for this
CB - concerned | we can't afford to pay for two systems during the overlap
CI + excited | ok that's genuinely better than anything the other vendors showed us
CI + impressed | the accuracy on accents is way beyond what we get from our current tool
CR + happy | right we're not renewing with them let's start the paperwork with you
CR 0 neutral | we've decided to move off pipedrive calling so send the order form
CX 0 confused | sorry would we keep our numbers from the old provider or not
CX 0 confused | i'm lost does this plug into genesys or replace it
CIR + excited | honestly after that demo we're cancelling the other pilot where do i sign
CPB - concerned | with what we already pay the incumbent there's no room for your price
"""

B6_FR_C = """
C 0 neutral | on est chez axialys depuis cinq ans pour la téléphonie
C 0 neutral | euh notre outil maison fait déjà la transcription en gros
C 0 neutral | un concurrent nous a fait une offre la semaine dernière
C 0 neutral | du coup on a un contrat avec ringover jusqu'en mars
C 0 neutral | le prestataire actuel nous a offert la formation au départ
C 0 neutral | l'appel d'offres a reçu quatre réponses dont la vôtre
C 0 neutral | notre revendeur nous propose aussi une solution d'enregistrement
C 0 neutral | les pharmacies du groupe utilisent toutes le même logiciel imposé par la centrale
C 0 neutral | bah on passe par un intégrateur qui nous a installé diabolocom
C 0 neutral | la mairie est sur un marché public avec orange jusqu'en 2027
C 0 neutral | en fait on a bricolé un truc avec zapier et google sheets
C 0 neutral | notre dsi a développé un petit outil en interne pour les comptes rendus
C 0 neutral | on a quitté aircall l'an dernier pour un truc moins cher
C 0 neutral | le pilote avec genesys s'est terminé en juin
C 0 neutral | zendesk pour les tickets et un standard chez sfr pour le reste
C 0 neutral | odoo gère la compta et un module de voip qu'on utilise un peu
C 0 neutral | genre hubspot nous a déjà proposé leur option d'analyse d'appels
C 0 neutral | le siège nous impose salesforce donc faudrait que ça s'intègre
C 0 neutral | notre centre d'appels externalisé à tunis a son propre outil
C 0 neutral | le transporteur nous a fourni un outil de suivi des appels avec le contrat
C 0 neutral | on a déjà un cabinet qui écoute un échantillon d'appels chaque mois
C 0 neutral | l'agence qui gère nos campagnes utilise five9 de son côté
C 0 neutral | les saisonniers sont formés sur l'ancien logiciel chaque été
C 0 neutral | on a migré de l'ancien standard vers teams il y a six mois
C 0 neutral | la clinique d'à côté utilise un autre fournisseur et ils en sont contents
C 0 neutral | on renouvelle avec notre prestataire tous les ans en janvier
C 0 neutral | je vous préviens on est déjà en test avec une autre boîte
C 0 neutral | une start-up nous propose la même chose gratuitement pendant six mois
C 0 neutral | on a posé les mêmes questions aux deux autres candidats
C 0 neutral | sur la plateforme d'achat il y a trois fournisseurs référencés
C 0 neutral | le contrat actuel a une clause de sortie de trois mois
C 0 neutral | l'ancien fournisseur garde nos enregistrements faudra les récupérer
C 0 neutral | ils nous ont fait la première année à moitié prix pour nous faire signer
C 0 neutral | on a une proposition d'alignement de prix d'un autre opérateur
C 0 neutral | la maison mère a signé un accord cadre avec talkdesk
C 0 neutral | bah freshdesk c'est ce qu'on a et ça fait le job pour les tickets
C 0 neutral | intercom pour le chat et euh ringover pour les appels
C 0 neutral | zoho est venu avec le crm alors les équipes l'utilisent
C 0 neutral | on paie un freelance pour réécouter les appels et noter les conseillers
C 0 neutral | notre opérateur historique nous a fait une démo de son offre ia
C 0 neutral | on ferait tourner votre outil en parallèle de l'actuel pendant un mois
C 0 neutral | l'ancien intégrateur a paramétré tous nos scénarios d'appel
C 0 curious | vous faites quoi de plus que les grosses suites de centre de contact
C 0 curious | c'est mieux que la transcription intégrée à aircall ou pas
C 0 curious | vous êtes une alternative à gong c'est ça
C 0 curious | vous pouvez faire les tableaux muraux comme notre fournisseur actuel
C - unimpressed | on a déjà trois outils qui prétendent faire ça
C - skeptical | le dernier prestataire aussi nous avait promis du temps réel
C - unimpressed | l'outil actuel est lourd mais tout le monde sait s'en servir
CP - concerned | l'autre candidat est trente pour cent moins cher que vous
CP - unimpressed | ringover nous facture la moitié pour à peu près la même chose
CP 0 neutral | si vous vous alignez sur le tarif de notre prestataire actuel on peut discuter
CP - concerned | l'autre devis incluait la mise en place et chez vous c'est en plus
CP - unimpressed | notre outil maison coûte rien donc votre tarif ça passe mal
CF - frustrated | le support de notre prestataire actuel c'est un trou noir
CF - annoyed | aircall a changé ses tarifs en cours de contrat sans prévenir
CF - angry | j'en peux plus de notre fournisseur qui répond jamais aux tickets
CF - frustrated | l'outil maison plante dès que le stagiaire qui l'a codé s'en va
CH 0 hesitant | changer de plateforme en pleine saison ça me fait un peu peur
CH - hesitant | on vient à peine de finir le déploiement de l'ancien outil alors bon
CH 0 hesitant | c'est surtout le coût du changement qui me fait hésiter
CU - stressed | notre contrat actuel s'arrête le quinze et on a rien derrière
CU 0 neutral | ringover attend notre réponse pour le renouvellement vendredi donc il me faut vos chiffres vite
CU - stressed | l'ancien système n'est plus maintenu dans six semaines
CD 0 neutral | c'est la directrice régionale qui a choisi le prestataire actuel c'est elle qui validera un changement
CD 0 neutral | la commission d'appel d'offres note les candidats et c'est le conseil qui tranche
CD 0 neutral | le siège doit valider toute sortie du contrat groupe
CB 0 neutral | ce qu'on économise en résiliant hubspot ce sera notre enveloppe pour vous
CB - concerned | on peut pas se permettre de payer deux outils pendant la transition
CI + excited | franchement c'est mieux que tout ce que les autres nous ont montré
CI + impressed | la reconnaissance des accents est bien au-dessus de notre outil actuel
CR + happy | bon on renouvelle pas avec eux on lance la paperasse avec vous
CX 0 confused | attendez on garde nos numéros de l'ancien opérateur ou pas
CX 0 confused | je suis perdu ça se branche sur genesys ou ça le remplace
CIR + excited | après cette démo on arrête l'autre pilote je signe où
CPB - concerned | avec ce qu'on paie déjà au prestataire actuel y a pas la place pour votre prix
"""

# Decision maker, English, with hard negatives (boss mentioned but not deciding)
B6_EN_D = """
D 0 neutral | the renewal has to go through our procurement portal and they approve suppliers
D 0 neutral | um the medical director signs off anything that touches patient calls
D 0 neutral | our franchise owners vote on shared tools at the spring meeting
D 0 neutral | the ops director will want to see the pilot results before she says yes
D 0 neutral | the trust's digital board meets monthly and this goes on their agenda
D 0 neutral | honestly it's the owner's call he's old school but he listens
D 0 neutral | anything over five k needs a second signature from finance
D 0 neutral | the client we run the campaign for has to approve any new tool on their calls
D 0 neutral | our data protection officer can block it if she's not happy
D 0 neutral | the cabinet member for digital has to sign the decision notice
D 0 neutral | the fleet manager decides on anything the drivers have to use
D 0 neutral | my business partner has to agree we split every decision fifty fifty
D 0 neutral | the works council needs to be consulted before we record calls
D 0 neutral | it'll go to the steering group on the twelfth and they'll decide
D 0 neutral | i can recommend but the purchase order comes from the group cfo
D 0 neutral | the reseller has to place the order for us that's how our contract works
D 0 neutral | the head of it has a veto on any new integration
D 0 neutral | i'll need my director to rubber stamp it but she usually does
D 0 neutral | uh the board chair likes to see anything multi year
D 0 neutral | our parent company approves all vendor changes over a year long
D 0 neutral | the pilot's my decision but the rollout needs the coo
D 0 neutral | honestly my wife does the books so she'll have a say on this
D 0 neutral | legal has to approve the recording consent wording before we sign
D 0 neutral | we need the union rep on board before anything goes live
D 0 neutral | the area managers get a vote since it's their stores
D 0 neutral | the clinical governance committee reviews all new systems
D 0 neutral | our client's compliance team has final sign off on the script analysis
D - concerned | the new cfo is cutting everything so she'll be tough to convince
D 0 neutral | i'm just the messenger really the partners decide
D 0 neutral | i have to run it past the regional vp first
D 0 neutral | the buyer at the ministry handles the contract award not me
DH 0 hesitant | i like it but i'm not sure my boss will go for it
DH 0 hesitant | let me see what the owner thinks before we go further
DH - concerned | the board's in cost cutting mode so i don't want to push it yet
DB 0 neutral | the finance committee sets the budget for tools in october
DB 0 neutral | the cfo releases the money quarterly so we'd need her ok
DU 0 neutral | the director signs on thursday so we need the final quote before that
DR + happy | my boss said yes this morning so we're good to go
DR 0 neutral | the committee approved it send the contract over
DP - concerned | my director said the price is too high and she won't sign at that
DX 0 confused | i honestly don't know who's supposed to approve this on our side
DC 0 neutral | procurement wants to compare you with the incumbent before deciding
0 0 neutral | i decide on my own for anything under twenty seats
0 0 neutral | i'm the one who signs the supplier contracts here
0 0 neutral | it's just me no committee no board
0 0 neutral | my boss is on holiday so i'm covering this week
0 0 neutral | my manager sat in on the last demo and liked the dashboards
0 0 neutral | the ceo uses it himself for the odd sales call
0 0 neutral | i told my director about you at lunch
0 0 neutral | the board meeting ran over so sorry i'm late
0 0 neutral | my boss's name is on the email chain just fyi
0 0 neutral | i have full authority on tooling for the support team
0 0 neutral | the owner is my dad but he leaves the tech stuff to me
0 0 neutral | procurement already approved you as a supplier last year
0 0 neutral | the cfo just wants the invoice in the right format
0 0 neutral | my director is the one who'll use the reports mostly
0 0 neutral | no need to loop anyone else in i've got the budget and the say
0 0 neutral | the committee only cares about stuff over a hundred grand this is mine
0 + happy | my boss is gonna love these charts honestly
0 0 neutral | i report to the coo but she doesn't get involved in tools
"""

B6_FR_D = """
D 0 neutral | le renouvellement doit passer par notre plateforme achats et ce sont eux qui valident
D 0 neutral | euh le médecin coordinateur valide tout ce qui touche aux appels patients
D 0 neutral | les franchisés votent pour les outils communs à la convention de printemps
D 0 neutral | la directrice des opérations voudra voir les résultats du pilote avant de dire oui
D 0 neutral | c'est le patron qui tranche il est un peu vieille école mais il écoute
D 0 neutral | au-delà de cinq mille euros faut une deuxième signature de la compta
D 0 neutral | le client pour qui on fait la campagne doit valider tout nouvel outil
D 0 neutral | notre dpo peut tout bloquer si elle est pas à l'aise
D 0 neutral | l'élu au numérique doit signer la délibération
D 0 neutral | mon associé doit être d'accord on décide tout à deux
D 0 neutral | faut consulter le cse avant d'enregistrer les appels
D 0 neutral | ça passe en comité de pilotage le douze et ils décideront
D 0 neutral | moi je recommande mais le bon de commande vient du daf groupe
D 0 neutral | c'est l'intégrateur qui passe la commande pour nous c'est dans notre contrat
D 0 neutral | le dsi a un droit de veto sur toute nouvelle intégration
D 0 neutral | faudra que ma directrice valide mais en général elle suit
D 0 neutral | la maison mère valide tous les changements de fournisseur
D 0 neutral | le pilote c'est moi mais le déploiement faut l'accord du directeur général
D 0 neutral | bah c'est ma femme qui fait la compta donc elle aura son mot à dire
D 0 neutral | le juridique doit valider la mention d'enregistrement avant signature
D 0 neutral | les responsables de secteur ont voix au chapitre c'est leurs magasins
D 0 neutral | la commission médicale étudie tous les nouveaux systèmes
D 0 neutral | je suis juste le messager en fait c'est les associés qui décident
D 0 neutral | l'acheteur du ministère gère l'attribution du marché pas moi
D - concerned | le nouveau daf coupe dans tout ça va être dur de le convaincre
DH 0 hesitant | ça me plaît mais je suis pas sûr que mon chef suive
DH 0 hesitant | je vais voir ce qu'en pense le gérant avant d'aller plus loin
DB 0 neutral | c'est la commission des finances qui fixe le budget outils en octobre
DB 0 neutral | le daf débloque les fonds chaque trimestre donc faut son accord
DU 0 neutral | le directeur signe jeudi donc il me faut le devis final avant
DR + happy | mon chef a dit oui ce matin on peut y aller
DR 0 neutral | le comité a validé envoyez le contrat
DP - concerned | ma directrice trouve le prix trop élevé elle signera pas à ce tarif
DX 0 confused | franchement je sais pas qui doit valider ça chez nous
DC 0 neutral | les achats veulent vous comparer au prestataire actuel avant de décider
0 0 neutral | je décide seul pour tout ce qui fait moins de vingt postes
0 0 neutral | c'est moi qui signe les contrats fournisseurs ici
0 0 neutral | y a que moi pas de comité pas de conseil
0 0 neutral | mon chef est en congé donc je le remplace cette semaine
0 0 neutral | ma responsable était à la dernière démo elle a bien aimé les tableaux
0 0 neutral | j'en ai parlé à mon directeur à la cantine
0 0 neutral | le conseil a débordé désolé pour le retard
0 0 neutral | j'ai carte blanche pour les outils du service client
0 0 neutral | le gérant c'est mon père mais il me laisse la partie technique
0 0 neutral | les achats vous ont déjà référencé l'an dernier
0 0 neutral | le daf veut juste la facture au bon format
0 0 neutral | pas besoin d'impliquer qui que ce soit j'ai le budget et la décision
0 + happy | mon chef va adorer ces graphiques franchement
0 0 neutral | je dépends du directeur des opérations mais il s'occupe pas des outils
"""
