"""Batch 13e of the analyzer's call-speech training data: client turns only, 437
lines, 221 English and 216 French (the French written as French speakers say it, not
translated). Situations: farm cooperatives, food wholesalers, breweries and
distilleries, catering suppliers, organic veg-box schemes, seed and garden
wholesalers. Notation of scripts/data_notation.py:

    LABELS SENTIMENT emotion | text

Labels follow docs/labelling.md, including "Cases the guide left open, decided";
the cases under "Still open" are avoided. Lines carrying each signal (target in
brackets): competitor 50 (~50), price_objection 45 (~45), decision_maker 45 (~45),
closing_readiness 43 (~45), budget 40 (~40), urgency 41 (~40), hesitation 40 (~40),
strong_interest 40 (~40), frustration 34 (~35), confusion 30 (~30), and 115 lines
(~120) with no signal that look like one, leaning on look-alikes of competitor
(tools for other jobs, the speaker's own rivals, suppliers of other things) and of
price objection (neutral price questions, prices of other things, a price found
fair)."""

# Competitor, English: incumbents, rival quotes, home-made and bundled tools; look-alikes
EN_C = """
CP - unimpressed | um the outfit we use now does the recording for about a third of what you're asking
CU 0 concerned | our deal with the current recording lot runs out end of next month so we need something in by then
C 0 neutral | the sales desk jots every order call in a big ledger and that's been our system since the nineties
CF - annoyed | the crowd we're with lost a whole week of recordings in september and nobody even rang us back
CH 0 hesitant | i mean the ringcentral setup is clunky but the girls on the phones know it inside out
CD 0 neutral | the owner will want to see you side by side with what the taproom already pays for before he decides
CP 0 concerned | got a quote from another firm that comes in well under yours for the same forty seats
C 0 neutral | our lad in it reckons he could rig up something with the teams recordings that does most of it
CI + interested | to be fair this already does more than the aircall add-on we tried last year
C 0 neutral | the phone provider throws transcripts in for free so that's what the wholesale side uses for now
CU 0 stressed | ringover's contract ends on the thirtieth and i don't want us without recording over the christmas rush
CB 0 neutral | what we pay dialpad now is basically all the money there is for this so you'd be replacing them not adding
CX 0 confused | sorry how's this different from what our phone system records already
CF - frustrated | honestly i'm fed up with our current provider every ticket takes a week and they close it without fixing anything and we pay them for the privilege
CH 0 hesitant | the veg box team seem happy with whatever comes bundled with zendesk so i'm not sure they'd want more
CH 0 doubtful | the free recording on our teams licence does ok and i'm not convinced yours is that much better
CD 0 neutral | the co-op committee signed with the current recording firm and only they can drop them
CP - annoyed | gong quoted us less and they've got a bigger name so help me understand the gap
C 0 neutral | theres another company coming in thursday to pitch pretty much the same thing
CR + decided | we've already given the old provider notice so send over whatever we need to sign
CI + impressed | that scoring screen is miles ahead of the spreadsheet our supervisor keeps
C 0 neutral | we pay the current people about forty quid a seat just so you know where we are
C 0 neutral | locked in with the telephony lot until next october so no rush on our side
0 0 neutral | we run all the ordering through a stock system from a firm in leeds no complaints
0 0 neutral | the big cash and carry down the road has been pinching our restaurant customers all year
0 0 neutral | our route planning software sorts the vans every morning it's pretty clever actually
0 0 neutral | the hops come from a merchant in kent we've used for donkey's years
0 0 neutral | we switched bottle suppliers in the spring because of the glass shortage
0 0 neutral | there's three other veg box schemes in the city now it's getting crowded
0 0 neutral | the accounts are all on xero and the bookkeeper does the rest
0 0 neutral | the seed batches go through a traceability app the inspectors asked us to use
0 + amused | the brewery next door wins every award going good luck to them
0 0 neutral | the cold store people come in tuesdays and fridays
0 0 neutral | our webshop's on shopify and the box subscriptions run through a plugin
0 0 neutral | fuel and fertiliser for the co-op are on one contract with the same merchant
0 0 neutral | we lost the school dinners contract to a much bigger caterer last year
0 0 neutral | the weighbridge software prints the tickets the drivers moan about it but it works
0 0 neutral | we use a separate app for booking the brewery tours that's all fine
0 0 neutral | our biggest rival is the supermarket boxes they undercut everyone on carrots
0 0 neutral | the co-op bought a new crm for the agronomists last year and it suits them fine
"""
# Price and budget, English, with neutral price questions and prices of other things
EN_PB = """
P - unimpressed | that's a fair old chunk for something that just sits in the background recording calls
P 0 concerned | um is there any wiggle room on that it's a bit steep for a co-op our size
PB - worried | that'd swallow pretty much the whole it budget for the year
P - annoyed | for that money i'd want someone to come round and make the calls for us
P 0 surprised | ouch ok i was thinking more like half that
PB 0 neutral | if you can shave a bit off the per user price we'd be closer to what we've got to spend
PB 0 concerned | we set aside about two grand for this and you're well over that
P - unimpressed | bit rich for a brewery with six people on the phones isn't it
P 0 neutral | what's the best you can do if we sign up for two years
P - frustrated | that's more than our whole phone bill and that's before the setup fee
P 0 concerned | it's not cheap is it for what's basically a recorder and a bit of scoring
PB - worried | money's really tight after the wet harvest and that number is yeah not happening
P 0 neutral | you'd need to sharpen your pencil quite a bit for the seed side of the business to bite
P - annoyed | i'm not paying extra for the french transcripts that should be in the base price
P 0 doubtful | the coaching module on top pushes it way past what i'd call reasonable
P - unimpressed | that's the price of a second hand van for phone software
P 0 hopeful | any chance of a community rate we're a not for profit veg scheme
B 0 neutral | we've got money earmarked for the phones side this year so that bit's fine
B - worried | there's nothing left in the pot the co-op spent it all on the new grain dryer
B + confident | the budget is sorted for this don't worry about that side of it
B - concerned | we're a veg box scheme run on a shoestring there isn't a spare penny for software
B 0 neutral | we'd be looking at maybe a hundred a month tops
B - stressed | the bank's had us on a tight leash since the distillery expansion so spending's frozen
B + positive | good year for the cider so for once we've actually got a bit to invest in the office
B 0 neutral | we put a few thousand aside in the plan for call quality stuff
B - worried | every penny's going on the new bottling line this year frankly
B 0 neutral | we could stretch to something like fifty quid a head but not much beyond
BD 0 concerned | spending's on hold until the merger's done and nothing gets signed till the new board's in place
B 0 neutral | there's a ring fenced amount for training tools and this could sit under that
B 0 neutral | we've got roughly five grand to play with for the whole project
B - concerned | all non essential spending's frozen since the milk price dropped
0 0 neutral | is that price per user or for the whole site
0 0 neutral | do you put vat on top or is it in there already
0 0 neutral | and is the invoice monthly or do we pay the year up front
0 + satisfied | to be fair the price looks about right for what you get
0 0 neutral | malt's gone up by a third this year everything costs more now
0 0 neutral | the price isn't really the issue i just want to know what's included
0 0 neutral | does the setup fee get charged once or every year
0 - annoyed | diesel for the vans is costing us a fortune this winter
0 0 neutral | can we pay by direct debit or is it card only
0 0 neutral | so the discount you mentioned that's already in this figure yeah
0 0 neutral | we charge the restaurants by the case so i'm used to per unit pricing
0 0 curious | what would it come to if we added the seed warehouse later on
0 0 neutral | the malt supplier sends a price list every quarter and it's usually fair
0 0 neutral | how does your pricing work for twenty users versus thirty
"""
# Decision maker and closing readiness, English, with bosses merely mentioned
EN_DR = """
D 0 neutral | it's the board's call in the end and they meet on the second thursday of the month
D 0 neutral | my business partner handles anything with a contract so you'll have to win her over too
D 0 resigned | dad still owns the distillery and nothing with a monthly fee gets past him
D 0 neutral | nothing's going to move until the head of sales is back from the trade show
D 0 neutral | the members vote on spending like this at the agm so it'll go on the agenda
D 0 neutral | put a one pager together for me the directors sign off anything over a grand
D 0 neutral | the ops manager's the one who'd live with it so he gets the final say
D 0 neutral | uh head office in lyon has to approve it before anything gets signed here
D 0 neutral | the owners are away till february and nobody else here can sign
D 0 neutral | my wife does the books and nothing gets signed without her say so
D 0 neutral | the brewery's run as a collective so it has to go to a vote
D 0 neutral | group procurement would need to approve you as a supplier first
DI + interested | i really rate it myself but the managing director decides on anything software
D 0 wry | you'd have to convince our chairman he still thinks call recording is spying
D 0 neutral | under the franchise agreement the franchisor has to okay any new system we bring in
R + decided | right send the contract over and i'll get it signed this afternoon
R 0 neutral | when could your people come in to set up the phones is next monday doable
IR + excited | love it let's do it who do i send the purchase order to
RD 0 neutral | send it to me and the md signs she's expecting it
DR + pleased | the board said yes last night so we can get going whenever you're ready
BR + pleased | finance released the funds this morning so we're good to go from our side
PR 0 neutral | knock the setup fee off and i'll sign it on the spot
R 0 neutral | if you can have it running by the first of the month we'll start with the order desk
R + happy | what do you need from us to get logins sorted for the sales team
R 0 neutral | pop the invoice to our accounts inbox and it'll be paid within the week
R + eager | let's get the onboarding in the diary what dates have you got in january
R 0 neutral | who's going to be our contact once we've signed for the setup side
DR 0 neutral | fine by me put it in writing and i'll get the chairman's signature by friday
CPR 0 neutral | match what the other firm quoted and the order's yours this week
R + positive | where do i sign honestly let's just get it moving
R 0 neutral | so um what i'm thinking is we start with ten seats at the depot get those bedded in and then add the farm shop and the seed counter in the spring
R + ready | ok send me the order form and the bank details for the direct debit
R 0 neutral | right so after we sign how quickly do the logins come through
R + positive | let's book the training day for the sales desk the week of the ninth works for us
0 0 neutral | i own the brewery so it's my decision there's no one else to ask
0 0 neutral | my manager's on holiday this week she's gone to portugal
0 0 neutral | how does onboarding usually work with a team our size
0 0 neutral | what's the notice period if we ever wanted to stop
0 0 neutral | let me check my diary for a follow up thursday might work
0 0 neutral | our head buyer used your product at her last place she mentioned it at lunch
0 0 neutral | i sign everything here always have
0 0 neutral | does it hook into the switchboard we've got in the warehouse
"""
# Urgency, hesitation, strong interest, English, with small talk and "no rush"
EN_UHI = """
U 0 stressed | christmas hamper orders open in three weeks and that's when the phones go mad
UI + keen | honestly this is what we need before the spring seed catalogue goes out that's our big month on the phones
UI + excited | if this could be live before the beer festival in june that'd be brilliant
U 0 neutral | the old recording box gets switched off at the end of march and there's nothing replacing it
U 0 concerned | the auditors come in november and they'll want call records for the trading desk
U 0 stressed | the veg box season relaunches in april and we're taking on four new phone staff
UD 0 concerned | the board meets on the twelfth and if it's not in their pack it waits another quarter
U 0 neutral | we've got to show the supermarket's compliance team something by the end of the quarter
U 0 worried | harvest is six weeks out and once it starts nobody will have time to learn anything new
U 0 concerned | trading standards are reviewing us in january and they'll ask how complaint calls are handled
U 0 concerned | wedding season is when catering enquiries triple so ideally before may
UH 0 hesitant | we do need something before the rush but honestly i'm not sure this is the one
U 0 concerned | the brewery moves to the new site in february and the phones move with it so we want it sorted first
U 0 stressed | two allergy complaints this month and environmental health want the call records by the twentieth
UR 0 determined | christmas orders open on the first so what do you need from us to get started
U 0 worried | the lady on our phones retires at easter and the new ones need training up on calls before she goes
UI + keen | this would be perfect for seed season it kicks off in january so the sooner the better
U 0 concerned | we take over the dairy group's customers on the first and the calls will double
H 0 hesitant | hmm i dunno it sounds good on paper but so did the last three things we bought
H 0 doubtful | let me sleep on it i'm not sure the lads in the warehouse would ever touch it
H 0 hesitant | maybe maybe not we're a small co-op and i'm not sure we need all the bells and whistles
H - sarcastic | oh great another dashboard for the drivers to ignore
H 0 cautious | i'd want to see it working somewhere like ours before i went anywhere near it
H 0 unsure | the recording bit makes sense the coaching stuff i'm less sure about for a veg box scheme
H 0 hesitant | can i be honest i'm just not feeling it yet
H 0 cautious | it's a big change for us and i'd rather not rush into it
H - skeptical | sounds lovely but the folk on our phones are seventy year old farmers they'll never look at a score
H 0 hesitant | let's park it for now and see how the season goes
H 0 doubtful | not convinced call scoring tells you anything a decent supervisor doesn't already know
HX 0 confused | i'm not sure i still don't really get what we'd do with the transcripts
H 0 hesitant | i'll be honest i'm on the fence
H 0 skeptical | we're farmers not a call centre i wonder if this is a bit much for us
H 0 wary | do we really need the ai side i'm a bit wary of it if i'm honest
I + excited | oh that's clever being able to search every call for an allergen complaint
I + interested | ok now you're talking the coaching bit is exactly what our new reps need
I + impressed | that's not bad at all not bad at all
I + happy | the sales team would love this they're always arguing about who promised what
I + interested | go on then show me how the scoring works on a real order call
IB + pleased | i can see this saving my supervisor hours a week and we've got money set aside for exactly that
I + excited | wow the french transcripts are spot on our lyon customers would be covered
IR + eager | this is what we've been after for ages how soon could we start
ID + interested | i'm warming to it i have to say now i just need to get the md on side
I + keen | that's exactly the headache we've got on the brewery tours line tell me more
I + interested | right you've got my attention
I + pleased | i'm not usually one for these calls but this actually looks useful
I + impressed | the way it flags the angry calls on its own that's really neat
0 0 neutral | no rush on our side get back to us whenever
0 0 neutral | we're open seven till four after that it goes to voicemail
0 0 neutral | we had a massive rush last christmas the phones never stopped
0 + polite | thanks that's really helpful
"""
# Frustration and confusion, English, with calm complaints about other things, small talk
EN_FX = """
F - annoyed | this is the third time i've had to explain what we do does nobody write anything down over there
F - frustrated | you said twenty minutes and we're at fifty i've got lorries to load
F - annoyed | i asked for the pricing sheet twice last week and got nothing it's not a great look
F - irritated | please stop ringing the shop line it's for customer orders
F - frustrated | the trial login hasn't worked once since you sent it i've given up
F - annoyed | your colleague promised me a french demo then sent someone who didn't speak a word of it
F - exasperated | right i've heard the pitch three times now can we get to the point
F - angry | we got billed for the trial month when you told us it was free
F - frustrated | every time i ring your support i get a different person and start from scratch
FC - angry | our current recording supplier sent our calls to the wrong customer that's the last straw
F - annoyed | i booked this for ten and you joined at twenty past without a word of apology
F - frustrated | the trial transcripts were garbage half the variety names came out as nonsense
F - irritated | you keep saying it's easy it isn't easy if nobody sends the setup guide
F - annoyed | i don't need the whole speech again mate just answer the question
FH - disappointed | the trial was a mess and frankly i'm not sure i want to carry on
X 0 confused | sorry what's the difference between a seat and a licence here
X 0 confused | wait so does it record the mobiles too or just the desk phones
X 0 puzzled | i'm lost is the coaching done by a person or by the software
X 0 confused | hang on you lost me at the bit about sentiment tags
X 0 confused | uh what do you mean by scorecards like a spreadsheet
X 0 confused | so where do the recordings actually live on our server or yours
X 0 confused | i don't follow do we need new phones for this or not
X 0 unsure | sorry the line broke up did you say per month or per year
X 0 confused | how would that even work for a driver who takes orders on the road
X 0 puzzled | what's an api our it is one bloke who comes in on fridays
XI + curious | i don't quite get the scoring yet but it sounds like what we need
X 0 confused | i thought you said it was included now it's an add on
X 0 confused | sorry who listens to the calls then us or you
0 - annoyed | the a road's been shut for a week so every delivery's late sorry if i sound rough
0 - tired | the restaurants always ring at the last minute it's the nature of the trade
0 0 neutral | sorry i'm out in the yard it's a bit windy
0 0 neutral | the accounts department never answers emails that's just how they are
0 0 neutral | the hail took out half the polytunnels in june
0 0 neutral | can you spell the company name i want to write it down
0 0 neutral | the label printers messed up an order last month but they sorted it quick
0 + polite | great thanks for your time today
0 0 neutral | i run the order desk and the shop phones so i'd be the one using it
0 0 neutral | we're a co-op of about forty farms mostly dairy and some cereals
0 0 neutral | we brew about ten thousand hectolitres a year mostly lager
0 0 neutral | stock count is on fridays so i'm usually off the phone then
0 0 neutral | let me think um about twenty people on the phones in total
0 + friendly | how's the weather up your way it's been chucking it down here all week
0 0 neutral | nice ok and what about the reporting
0 + relaxed | there's no deadline on this honestly take your time with the proposal
"""
# Concurrent, français : le prestataire en place, les devis rivaux, le fait maison ; faux amis
FR_C = """
C 0 neutral | alors nous à la coop c'est alcatel qui garde les appels trente jours après ça s'efface
CP - unimpressed | bah ceux qu'on a aujourd'hui nous prennent trois fois rien pour ça hein
CU 0 concerned | le contrat avec la boîte d'enregistrement tombe fin janvier du coup faut qu'on tranche vite
C 0 neutral | y a trois ans on passait par une boîte d'écoute mystère qui nous envoyait des grilles chaque mois
C 0 neutral | bah on est chez keyyo et ils viennent de nous proposer leur option analyse des appels
CP 0 neutral | les autres nous offrent trois mois gratuits vous faites quoi vous
C 0 neutral | chez l'actuel ça nous revient à six cents euros par mois tout compris
C 0 neutral | notre engagement avec axialys court jusqu'en septembre de l'année prochaine
CU 0 stressed | chez ringover l'engagement finit le 15 et ils veulent notre réponse pour la reconduction cette semaine donc soit vous me convainquez d'ici jeudi soit on rempile un an avec eux
CF - annoyed | le prestataire actuel nous a encore facturé des minutes qu'on a jamais utilisées ça m'agace
C 0 neutral | c'est ma fille qui réécoute les messages et qui fait un tableau le dimanche soir
CI + impressed | franchement votre truc écrase ce qu'on a chez sfr
CH 0 hesitant | on a déjà l'option de bouygues qui fait le job je vois pas pourquoi on changerait maintenant
CX 0 confused | je m'y perds un peu vous faites quoi de différent de diabolocom
CD 0 neutral | le groupe impose son outil d'enregistrement aux filiales on peut pas en sortir sans son accord
CP - annoyed | le fournisseur actuel nous baisse de vingt pour cent si on reste vous suivez ou pas
CH 0 hesitant | notre opérateur a une option coaching qu'on a pas encore activée je préfère essayer ça avant
CP - unimpressed | avec les trois autres devis sur la table c'est vous les plus chers et de loin
C 0 neutral | l'ancien outil on l'a lâché parce que la transcription comprenait rien à l'accent du coin
CU 0 worried | l'abonnement d'enregistrement expire dans quinze jours il me faut une solution avant
CF - frustrated | le support de notre fournisseur actuel met dix jours à répondre et ferme les tickets sans rien régler
CR + decided | la résiliation est partie chez l'ancien prestataire alors envoyez moi le contrat
CH 0 doubtful | l'enregistrement de teams nous suffit plus ou moins je vois pas trop ce que vous ajouteriez
0 0 neutral | on gère les tournées de livraison avec un logiciel de planification ça marche bien
0 0 neutral | les grandes surfaces nous piquent les clients avec leurs paniers bio à dix balles
0 0 neutral | le houblon on le prend chez un négociant alsacien depuis quinze ans
0 0 neutral | notre logiciel de caisse est chez cegid c'est lui qui sort les factures
0 + amused | la coop d'à côté a un plus beau site internet que nous faut bien le reconnaître
0 0 neutral | pour la traçabilité des lots de semences on a un logiciel imposé par l'interprofession
0 0 neutral | on prend certains produits secs chez metro en dépannage
0 0 neutral | le transporteur frigo passe le mardi et le vendredi
0 0 neutral | le site des paniers tourne sous wordpress avec un plugin d'abonnement
0 0 neutral | le comptable est sur sage et il veut pas entendre parler d'autre chose
0 0 neutral | y a une nouvelle microbrasserie à trois rues d'ici la concurrence est rude
0 0 neutral | les chariots élévateurs on les loue chez un loueur du coin
0 0 neutral | promocash nous a piqué deux gros clients traiteurs cette année
0 0 neutral | pour les mails on est sur google workspace comme tout le monde
0 0 neutral | on a changé de fournisseur d'étiquettes cette année ils sont moins chers
0 0 neutral | les autres grossistes de la région font tous des remises aux restaurateurs l'été
"""
# Prix et budget, français, avec questions de prix neutres et prix d'autres choses
FR_PB = """
P - unimpressed | c'est un peu salé quand même pour ce que c'est
P 0 surprised | ah ouais quand même je m'attendais pas à ce tarif là
P 0 neutral | vous pouvez faire un geste sur les frais de mise en route
P - annoyed | à ce prix là je prends un stagiaire pour écouter les appels
P - unimpressed | pour une petite brasserie comme nous c'est hors de prix
PB 0 neutral | si vous descendez un peu on rentre dans notre enveloppe
P - frustrated | ça dépasse ce qu'on paye pour toute la téléphonie c'est pas sérieux
P - annoyed | vingt euros de plus par mois pour l'option anglais c'est abusé
P 0 hopeful | y a pas un tarif asso on est une amap quand même
P 0 concerned | c'est cher pour un truc qui tourne en fond de tâche
PD 0 concerned | même avec la remise de lancement le conseil acceptera jamais ce prix
P - unimpressed | le module coaching en plus ça fait grimper l'addition bien trop haut
P - concerned | on bosse avec trois pour cent de marge votre tarif il passe pas
P 0 neutral | sur trois ans vous pouvez faire mieux que ça non
PB - worried | à ce tarif là y a plus rien pour le reste de l'année côté informatique
PB 0 concerned | on avait prévu autour de mille cinq cents et vous êtes presque au double
PB - worried | avec la sécheresse les caisses sont vides et votre prix c'est juste pas possible
B 0 neutral | on a une enveloppe de prévue pour la relation client cette année
B - worried | après la grêle de juin y a plus un rond pour ce genre de choses
B + confident | l'argent est là c'est pas ça le souci
B 0 neutral | on pourrait mettre genre cent cinquante par mois pas plus
B 0 concerned | les investissements sont gelés tant que la fusion des deux coop est pas bouclée
B - concerned | on tourne avec les cotisations des adhérents y a aucune marge pour du logiciel
B - stressed | on rembourse encore l'alambic neuf donc chaque euro compte
B + positive | le calvados a cartonné cette année on peut se faire un peu plaisir
B 0 neutral | on a mis quelques milliers d'euros de côté pour former les commerciaux
B - worried | tout part dans la nouvelle chambre froide cette année faut être honnête
B + confident | on a les moyens si ça nous fait gagner du temps au standard
B 0 neutral | euh de quoi dépenser on en a pour ce projet autour de trois mille grand max
B - worried | les comptes sont dans le rouge depuis la perte du contrat avec la cantine
0 0 neutral | c'est par utilisateur ou pour tout le site ce prix
0 0 neutral | la tva est comprise dans le montant ou pas
0 0 neutral | vous facturez au mois ou à l'année
0 + satisfied | le tarif me paraît correct pour ce que ça fait
0 0 neutral | les semences de tomates ont doublé chez notre obtenteur c'est fou
0 0 neutral | le prix c'est pas vraiment le problème je veux juste savoir ce qui est inclus
0 0 neutral | les frais d'installation c'est une fois ou tous les ans
0 0 neutral | on peut payer par prélèvement
0 0 neutral | la remise dont vous parliez elle est déjà dedans
0 - annoyed | l'électricité des chambres froides nous coûte un bras depuis l'an dernier
0 0 curious | et si on ajoute la jardinerie plus tard ça ferait combien
0 0 neutral | les factures arrivent par mail ou par courrier
0 0 neutral | le verrier nous a augmenté les bouteilles de dix pour cent en janvier
0 0 neutral | le prix mensuel il bouge pas si on ajoute des minutes
"""
# Décideur et passage à l'achat, français, avec des chefs simplement cités
FR_DR = """
D 0 neutral | c'est le conseil d'administration qui décide et il se réunit début février
D 0 neutral | mon associée gère tout ce qui est contrat faudra la convaincre elle aussi
D 0 resigned | tant que l'oncle est pas d'accord rien se fait à la distillerie c'est comme ça
D 0 neutral | rien bougera tant que le directeur commercial est au salon de l'agriculture
D 0 neutral | chez nous ce genre de dépense passe au vote des adhérents en assemblée générale
D 0 neutral | faut que ça passe par la centrale d'achat du groupe c'est eux qui référencent les fournisseurs
DI + interested | moi je suis emballé mais c'est le dg qui signe tout ce qui est logiciel
D 0 wry | notre président est de la vieille école faudra le convaincre lui qu'on a le droit d'enregistrer les adhérents
D 0 neutral | on est sous enseigne donc tout nouvel outil doit être validé par le réseau
D 0 neutral | ma femme est co-gérante et sans son feu vert on signe rien
D 0 neutral | les gérants sont au ski jusqu'à fin janvier et personne d'autre peut signer
D 0 neutral | faites moi une petite présentation les associés valident tout ce qui dépasse mille euros
D 0 neutral | la brasserie est en scop donc ça passe au vote des salariés
D 0 neutral | tant que le siège à rennes a pas validé je peux rien vous promettre
D 0 neutral | le chef d'exploitation aura le dernier mot vu que c'est son équipe qui s'en servira
R + decided | bon allez on y va vous m'envoyez le contrat
R 0 neutral | vous pouvez venir installer quand lundi prochain ça irait
R + positive | c'est à quelle adresse que j'envoie le bon de commande
RD 0 neutral | envoyez moi le devis à signer c'est la gérante qui signe elle attend que ça
DR + pleased | le bureau a dit oui hier soir on peut démarrer quand vous voulez
BR + pleased | la direction financière a débloqué les fonds ce matin de notre côté c'est bon
PR 0 neutral | faites moi le premier mois gratuit et on signe aujourd'hui
R 0 neutral | si vous pouvez être là pour brancher le lundi 6 on commence par le service clients
R + happy | qu'est-ce qu'il vous faut de notre côté pour créer les accès des commerciaux
R 0 neutral | faites la facture au service compta et c'est réglé dans la semaine
R + eager | on cale la formation quand j'ai des créneaux la deuxième semaine de janvier
R 0 neutral | une fois signé c'est qui notre interlocuteur pour le paramétrage
RD 0 neutral | je vous renvoie le contrat signé ce soir et le président contresigne demain
CPR 0 neutral | alignez vous sur l'autre devis et c'est signé cette semaine
IR + excited | génial je signe où allez on avance
R 0 neutral | on part sur les cinq postes du négoce et on verra pour les magasins ensuite
UR 0 determined | les semis démarrent le 15 donc signons cette semaine pour être prêts
R + ready | ok c'est bon pour nous envoyez le mandat de prélèvement et on lance
R 0 neutral | et après la signature les identifiants arrivent en combien de temps
0 0 neutral | la brasserie c'est moi qui l'ai montée c'est moi qui décide point
0 0 neutral | ma responsable est en congé cette semaine elle est partie au ski
0 0 neutral | l'intégration ça se passe comment en général pour une équipe comme la nôtre
0 0 neutral | le préavis c'est combien si on veut arrêter un jour
0 0 neutral | je regarde mon agenda pour qu'on se rappelle jeudi ça vous irait
0 0 neutral | la signature ici c'est moi et ça a toujours été comme ça
0 0 neutral | est-ce que ça s'interface avec notre crm pour les fiches clients
0 0 neutral | mon chef utilisait un truc du même genre dans son ancienne boîte il paraît
"""
# Urgence, hésitation, intérêt, français, avec bavardage et « rien ne presse »
FR_UHI = """
U 0 stressed | d'ici trois semaines c'est les chapons et le foie gras le standard va saturer
U 0 concerned | le catalogue des semences part chez l'imprimeur en décembre et les appels suivent direct
UI + excited | si on l'a pour les portes ouvertes de la distillerie en mai ce serait génial
U 0 neutral | le vieux serveur qui enregistre les appels part à la casse en mars et on le remplace pas
U 0 concerned | on passe la certification bio en novembre et l'organisme veut voir comment on gère les réclamations
U 0 stressed | au printemps on double les abonnés aux paniers et j'embauche trois personnes pour le téléphone
UD 0 concerned | l'assemblée générale c'est le 20 et si c'est pas voté là on attend un an
U 0 neutral | la centrale veut voir un plan qualité sur les appels d'ici la fin du trimestre
U 0 worried | dès que les vendanges commencent plus personne aura deux minutes pour se former
U 0 concerned | la dgccrf passe en janvier et ils regardent comment on traite les réclamations
U 0 concerned | on reprend les clients de la coop voisine au premier du mois ça va doubler les appels
U 0 concerned | on ouvre le deuxième entrepôt en mars avec un standard commun donc faut que ce soit prêt avant
U 0 stressed | les mariages c'est de mai à septembre le traiteur croule sous les demandes donc avant mai idéalement
U 0 stressed | un client dit qu'on lui a livré la mauvaise variété et son avocat veut l'enregistrement d'ici vendredi
UH 0 hesitant | on a besoin de quelque chose avant le rush mais je suis pas sûr que ce soit vous
U 0 worried | la secrétaire part à la retraite à pâques et faut que les nouveaux soient formés au téléphone avant
UI + keen | ce serait nickel pour la saison des bulbes ça démarre en septembre plus tôt c'est mieux
H 0 skeptical | mouais sur le papier c'est bien mais sur le papier tout est toujours bien
H 0 doubtful | laissez moi mûrir tout ça les préparateurs de commandes c'est pas des fans d'écrans
H 0 hesitant | pour six personnes au téléphone ça fait beaucoup de machinerie je trouve
H - sarcastic | génial un logiciel de plus pour nous dire qu'on parle mal aux clients
H 0 cautious | vous avez des clients brasseurs que je pourrais appeler avant de me lancer
H 0 unsure | l'enregistrement ok mais le coaching pour des maraîchers j'y crois moyen
H 0 hesitant | franchement je le sens pas encore
H 0 cautious | c'est un gros changement je préfère pas me précipiter
H - skeptical | nos vendeurs ont trente ans de maison ils vont pas se laisser noter par une machine
H 0 hesitant | on en reparle après les foires d'automne là j'ai pas la tête à ça
H 0 doubtful | la notation des appels je suis pas convaincu que ça dise plus qu'un bon chef d'équipe
HX 0 confused | je suis pas sûr je comprends toujours pas à quoi serviraient les transcriptions
H 0 hesitant | je suis partagé je vous le cache pas
H 0 wary | l'ia qui écoute les appels ça me rend un peu méfiant
H 0 skeptical | on m'a déjà fait le coup de la belle démo et puis bon
I + excited | retrouver en deux secondes l'appel où le client a changé sa commande ça c'est génial
I + interested | là vous m'intéressez le coaching c'est exactement ce qu'il faut pour nos nouveaux commerciaux
I + pleased | ah ouais c'est pas bête du tout ça
I + happy | fini les disputes sur qui a dit quoi au téléphone j'adore
I + interested | vous pouvez me le montrer sur un appel de restaurateur ça me parle
IB + pleased | ça ferait gagner des heures à ma cheffe d'équipe et on a justement une enveloppe pour ça
I + impressed | même avec l'accent du sud-ouest la transcription est bonne chapeau
IR + eager | c'est exactement ce qu'on cherche depuis des mois on pourrait démarrer quand
ID + interested | ça me plaît de plus en plus faut juste que j'arrive à convaincre mon associé
I + keen | pour la ligne des visites de la distillerie ce serait parfait dites m'en plus
I + interested | bon vous avez toute mon attention
I + pleased | d'habitude ces appels m'ennuient mais là ça a l'air vraiment utile
I + impressed | le résumé automatique après chaque appel franchement c'est bluffant
0 0 neutral | non rien ne presse revenez vers nous quand vous pouvez
0 0 neutral | on est ouverts de six heures à quatorze heures après c'est le répondeur
0 0 neutral | en 2022 on a eu un incendie dans l'entrepôt mais c'est de l'histoire ancienne
0 + polite | merci c'est très clair
0 0 neutral | euh laissez moi réfléchir on a quatre lignes je crois oui quatre
"""
# Frustration et confusion, français, avec plaintes calmes sur autre chose, bavardage
FR_FX = """
F - annoyed | j'ai déjà tout raconté à votre collègue en octobre vous vous parlez pas entre vous
F - frustrated | bon là ça fait une heure qu'on tourne en rond et moi j'ai une livraison de fûts qui attend
F - annoyed | trois mails pour avoir un simple tarif c'est quand même pas normal
F - irritated | votre collègue m'a appelé quatre fois pendant le marché du samedi c'est lourd
F - frustrated | le mot de passe de la version d'essai a sauté deux fois en une semaine franchement
F - annoyed | on m'avait dit que quelqu'un passerait à la coop et personne est venu
F - exasperated | oui oui j'ai compris que c'est révolutionnaire venons-en au fait
F - angry | vous nous avez prélevé deux fois en novembre et on attend toujours le remboursement
F - frustrated | votre hotline c'est vingt minutes de musique d'attente à chaque fois
FC - angry | notre prestataire actuel a coupé l'enregistrement sans prévenir en pleine semaine des commandes de noël
F - annoyed | deuxième rendez-vous que vous annulez la veille au soir ça commence à bien faire
F - frustrated | à l'essai votre logiciel a transcrit chardonnay en char d'honneur vous voyez le niveau
F - irritated | on m'a promis un truc clé en main et ça fait trois semaines qu'on paramètre l'essai
F - annoyed | laissez moi finir mes phrases s'il vous plaît
FH - disappointed | entre les bugs et les relances j'ai perdu l'envie honnêtement je sais pas si on continue
X 0 confused | attendez un utilisateur chez vous c'est une personne ou un téléphone
X 0 confused | et les appels qu'on passe du tracteur avec le portable ça rentre dedans ou pas
X 0 puzzled | le coach dont vous parlez il est humain ou c'est l'ia j'ai pas saisi
X 0 confused | euh là je décroche c'est quoi cette histoire de score d'émotion
X 0 confused | la grille d'évaluation c'est vous qui la faites ou c'est nous j'ai pas compris
X 0 confused | du coup c'est hébergé en france ou pas je suis pas sûr d'avoir suivi
X 0 confused | nos vieux postes à fil ils marchent avec votre truc ou faut tout racheter je comprends pas
X 0 unsure | pardon le réseau est mauvais dans la grange vous disiez quoi sur la durée d'engagement
X 0 confused | pour nos commerciaux qui sont sur la route toute la semaine ça fonctionne comment concrètement
X 0 puzzled | webhook crm sso vous parlez chinois pour moi là
XI + curious | je vois pas encore bien comment ça marche mais ça m'intéresse beaucoup
X 0 confused | la transcription elle est dans le pack de base ou dans l'option je m'embrouille
X 0 confused | euh qui écoute les appels au final nous ou vous
0 - annoyed | avec les travaux sur la rocade nos chauffeurs perdent une heure par tournée
0 - tired | les chefs commandent à vingt-trois heures pour le lendemain matin c'est le métier
0 0 neutral | pardon si vous entendez les cuves je suis dans la salle de brassage
0 0 neutral | le service logistique est toujours débordé en décembre c'est habituel
0 0 neutral | on a eu un printemps très sec les semis ont levé tard
0 0 neutral | vous êtes basés où vous déjà lyon c'est ça
0 + polite | merci à vous et bonne fin de journée
0 0 neutral | c'est moi qui réponds au téléphone le matin et mon frère l'après-midi
0 0 neutral | la coop regroupe surtout des céréaliers et quelques éleveurs de volailles
0 0 neutral | on distille surtout du whisky et un peu de gin pour l'été
0 0 neutral | le lundi c'est jour de marché donc je suis jamais au bureau
0 + friendly | vous êtes dans le nord vous aussi vous avez eu la neige
0 0 neutral | d'accord sympa et pour les rapports alors
"""

BLOCKS = [(EN_C, "en", "client"), (EN_PB, "en", "client"), (EN_DR, "en", "client"),
          (EN_UHI, "en", "client"), (EN_FX, "en", "client"),
          (FR_C, "fr", "client"), (FR_PB, "fr", "client"), (FR_DR, "fr", "client"),
          (FR_UHI, "fr", "client"), (FR_FX, "fr", "client")]
