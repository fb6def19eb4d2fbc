"""Notation blocks of train_set_more.py (part 4 of 5): B4_EN_5, B4_FR_4, B4_EN_6, B4_FR_5, B4_EN_AGENT_2, B4_FR_AGENT_2, B5_EN.

Kept apart so every file stays under 500 lines; train_set_more.py reads them."""

B4_EN_5 = """
I + excited | oh nice the the coaching cards pop up right in the call thats sick
I + happy | honestly that's the first demo where i thought yes this is it
I + happy | the search across calls is fantastic
I + excited | can't wait to show this to the team
I + happy | that's a real step up for us
I + excited | ohh i like that a lot
I + happy | we'd roll this out to everyone no question
I + happy | this is going to make onboarding new reps so much easier
I + excited | okay this is seriously impressive
I + happy | this is right up our street
R + happy | right time to pull the trigger
R 0 neutral | what do you need from us to get the accounts set up
R + happy | put us down for forty seats starting next month
R 0 neutral | can you send the docusign to me and cc our finance lead
R + happy | sounds good let's go with the annual
R 0 neutral | ill sign the order form as soon as it lands
R + happy | all green from our end let's proceed
R 0 neutral | let's schedule the onboarding for the week of the tenth
R + happy | you've got yourself a customer
R 0 neutral | what's the next step to get the contract over to us
X 0 confused | um sorry so is the the recording stored by you or by us
X 0 confused | so the free tier is free forever how does that even work
X 0 confused | sorry which button did you click there
X 0 puzzled | hmm i'm confused is coaching the same as scoring
X 0 confused | i'm lost are we talking about the new plan or the old one
X 0 confused | can you walk me through the invoice line by line i don't follow it
X 0 confused | wait so who owns the data if we cancel
HD 0 hesitant | we're probably going to hold off till we've hired the new manager
H 0 hesitant | the timing feels a bit off for us right now
H - skeptical | it all sounds a bit too good to be true
H 0 hesitant | let me mull it over
H 0 hesitant | maybe in the new year we'll be in a better place for it
H 0 hesitant | i think we'd rather stick to a trial before any commitment
U 0 neutral | we need a quick turnaround on this
U - stressed | honestly the boss is breathing down my neck to get this live
U 0 neutral | could we be live by the fifteenth
U - stressed | we're drowning in calls and need help now
U 0 neutral | timing's critical for us this quarter
B 0 neutral | we've got a budget line for quality tools that's about six k
B - worried | the purse strings are really tight right now
BD 0 neutral | we'd have to apply for funding internally
B 0 neutral | it depends what's left after we pay for the new laptops
P - concerned | that price is a tough sell for a team our size
P - unimpressed | at that price i'd expect it to do the calls for us
P 0 neutral | could you do it for thirty a seat
D 0 neutral | the procurement lady will need the supplier form filled in first
D 0 neutral | our managing partner likes to review all software contracts
F - annoyed | i was told someone would call me back yesterday and nothing
F - frustrated | we've had the same bug since the summer
F - annoyed | please don't put me on hold again
CP - unimpressed | the other guys are offering the first three months free so you'll have to do better
CR + happy | we're moving off aircall and going with you
CU 0 neutral | our five9 renewal is due in three weeks so we need an answer
UP - stressed | we need it now but we can't pay that
BD 0 neutral | i'd need the finance team to release the funds
PD - concerned | my director won't sign anything that expensive
FC - annoyed | we already left one vendor over this kind of nonsense
IH + happy | i really like it but i'm not sure we're ready
IX + excited | this looks amazing how does the billing work though
RU + happy | let's sign today we need it up by monday
0 0 neutral | price alone never decides anything for us
0 0 neutral | it's not the price it's just a question of timing for the project
0 0 neutral | my colleague is on the call too say hi dave
0 0 neutral | the finance team pays all invoices on the first of the month
0 0 neutral | i'm not bothered about the other tools out there
0 0 neutral | the renewal quote can go to the same address as before
0 0 curious | do you offer a sandbox for testing
0 0 neutral | our agents love stats so the dashboards will go down well
0 0 neutral | i'm sure it's a fair price
0 0 neutral | i don't have to check with anyone on this
0 0 neutral | we're not switching from anything we're starting from scratch
0 0 neutral | my colleague from marketing is in the room with me by the way
0 0 curious | how much is the premium tier just for reference
0 0 curious | what do other customers usually pay roughly
"""

B4_FR_4 = """
I + excited | oh là là les fiches de coaching qui s'affichent pendant l'appel c'est top
I + happy | franchement c'est la première démo où je me suis dit c'est ça
I + happy | la recherche dans les appels c'est génial
I + excited | vivement que je montre ça aux gars du plateau
I + happy | c'est un vrai cap pour nous
I + excited | ah ça j'aime beaucoup
I + happy | on le déploierait à tout le monde sans hésiter
I + happy | ça va faciliter l'intégration des nouveaux commerciaux
I + excited | bon là c'est vraiment bluffant
I + happy | c'est tout à fait dans nos cordes
I + happy | génial c'est pile poil notre besoin
I + excited | trop fort le résumé automatique
I + happy | je suis emballé
I + happy | ça c'est le genre d'outil qu'on attendait
I + excited | incroyable la rapidité de la transcription
R + happy | ok on se lance
R 0 neutral | vous avez besoin de quoi pour créer les comptes
R + happy | mettez-nous quarante postes à partir du mois prochain
R 0 neutral | envoyez la signature électronique à moi et mettez notre daf en copie
R + happy | ça marche on part sur l'annuel
R 0 neutral | je signe le bon de commande dès qu'il arrive
R + happy | c'est bon de notre côté on y va
R 0 neutral | on cale l'onboarding la semaine du dix
R + happy | bon ben vous avez gagné un client
R 0 neutral | c'est quoi l'étape suivante pour recevoir le contrat
R + happy | affaire conclue
R 0 neutral | vous me faites la facture pro forma et on règle
R + happy | go on valide
X 0 confused | euh pardon l'enregistrement il est stocké chez vous ou chez nous
X 0 confused | c'est quoi le piège avec l'offre gratuite je comprends pas
X 0 confused | pardon vous avez cliqué sur quel bouton là
X 0 puzzled | hmm je m'emmêle le coaching c'est pareil que la notation
X 0 confused | je suis perdu on parle de la nouvelle formule ou de l'ancienne
X 0 confused | vous pouvez me détailler la facture ligne par ligne j'y comprends rien
X 0 confused | attendez les données sont à qui si on résilie
X 0 confused | j'ai pas capté la différence entre les deux modules
X 0 confused | euh c'est pas très clair ce que vous appelez un agent virtuel
HD 0 hesitant | on va sans doute attendre l'arrivée du nouveau responsable
H 0 hesitant | le moment est peut-être mal choisi pour nous
H - skeptical | ça a l'air trop beau pour être vrai
H 0 hesitant | laissez-moi cogiter
H 0 hesitant | peut-être l'année prochaine on sera mieux placés
H 0 hesitant | on préférerait un essai avant de s'engager
H 0 hesitant | je suis mitigé
H - skeptical | j'ai un doute sur l'adoption par les équipes
U 0 neutral | il nous faut un délai court
U - stressed | franchement le boss me met la pression pour que ce soit en ligne
U 0 neutral | on pourrait être en service pour le quinze
U - stressed | on croule sous les appels il nous faut de l'aide maintenant
U 0 neutral | le timing est critique ce trimestre
U - stressed | c'est urgentissime
U 0 neutral | faut que ça soit opérationnel sous huit jours
B 0 neutral | on a une ligne budgétaire qualité d'environ six mille
B - worried | les cordons de la bourse sont très serrés en ce moment
BD 0 neutral | faudrait qu'on demande un financement en interne
B 0 neutral | ça dépend de ce qui reste après l'achat des nouveaux ordis
B - worried | on est dans le dur niveau finances cette année
P - concerned | ce tarif c'est dur à vendre pour une équipe comme la nôtre
P - unimpressed | à ce prix-là j'attends qu'il passe les appels à notre place
P 0 neutral | vous pourriez faire trente euros le poste
P - concerned | ça douille quand même
P - concerned | franchement ça fait cher payé
D 0 neutral | la personne des achats voudra qu'on remplisse la fiche fournisseur d'abord
D 0 neutral | notre associé gérant relit tous les contrats logiciels
D 0 neutral | je dois passer par mon n plus un puis par la direction
D 0 neutral | c'est le comité qui a la main pas moi
F - annoyed | on m'avait dit qu'on me rappellerait hier et rien
F - frustrated | on a le même bug depuis cet été
F - annoyed | me remettez pas en attente s'il vous plaît
F - frustrated | j'en ai ma claque de vos coupures
F - annoyed | avec vous c'est la même rengaine à chaque appel
F - angry | laisser des clients sans réponse comme ça c'est indigne
C 0 neutral | on travaille déjà avec une autre solution de téléphonie
C 0 neutral | la concurrence nous a proposé la même chose
C 0 neutral | on a déjà un abonnement chez un autre éditeur
C 0 curious | concrètement vous apportez quoi de plus que notre outil actuel
CP - unimpressed | les autres offrent les trois premiers mois donc faudra faire mieux
CR + happy | on quitte aircall et on part chez vous
CU 0 neutral | notre renouvellement five9 tombe dans trois semaines il nous faut une réponse
UP - stressed | on en a besoin tout de suite mais on peut pas payer ça
BD 0 neutral | il faut que la finance débloque les fonds
PD - concerned | mon directeur signera jamais un truc aussi cher
FC - annoyed | on a déjà quitté un fournisseur pour ce genre de bêtises
IH + happy | j'aime beaucoup mais je sais pas si on est prêts
IX + excited | c'est top par contre la facturation ça marche comment
RU + happy | on signe aujourd'hui il nous le faut pour lundi
0 0 neutral | le prix seul décide jamais de rien chez nous
0 0 neutral | c'est pas le prix c'est juste une question de calendrier projet
0 0 neutral | mon collègue est aussi en ligne dites bonjour patrick
0 0 neutral | la compta paie toutes les factures le premier du mois
0 0 neutral | les autres outils du marché ça m'intéresse pas
0 0 neutral | le devis de renouvellement peut partir à la même adresse
0 0 curious | vous proposez un environnement de test
0 0 neutral | nos conseillers adorent les stats donc les tableaux de bord vont plaire
0 0 neutral | je suis sûr que le prix est juste
0 0 neutral | j'ai à vérifier avec personne là-dessus
0 0 neutral | on remplace rien on part de zéro
0 0 neutral | ma collègue du marketing est dans la pièce avec moi d'ailleurs
0 0 curious | le premium c'est combien juste pour info
0 0 curious | les autres clients paient combien en général
0 0 neutral | bah ouais ça me va
0 0 neutral | j'ai une vingtaine de minutes devant moi
0 0 neutral | je vais transférer votre mail à la compta pour info
0 + happy | c'était très clair merci beaucoup
0 0 neutral | on ouvre six jours sur sept
0 0 neutral | nos conseillers parlent français et néerlandais
"""

B4_EN_6 = """
C 0 neutral | yeah so like we we kinda already got a a system from the phone company
C 0 neutral | uhh we use the the aircall app on our phones mostly
C 0 neutral | our curent provder is ok but the reporting is meh
C 0 neutral | we've been getting pitched by like every dialer company out there and we did a trial with one
F - annoyed | like i said i said this already to the the other guy
F - frustrated | its the same bug its always the same bug
F - annoyed | sorry but this is this is ridiculous now
D 0 neutral | uh yeah so i gotta i gotta check with my my boss first
D 0 neutral | its my bosses call not mine
B 0 neutral | um we we've got like a limited pot this year you know
B - worried | cash is kinda tight atm
P - concerned | thats um thats alot for us tbh
P - unimpressed | bruh that price lol no
U 0 neutral | like we kinda need it asap honestly
U - stressed | we're like super behind so yeah it's urgent urgent
X 0 confused | uh wait wait so what's what's the the seat thing
X 0 confused | im not sure i get it tbh how does the the ai know
X 0 confused | sorry wat was the second plan called
H 0 hesitant | um yeah i dunno i dunno if we're ready
H 0 hesitant | lemme think about it ok
I + excited | ooh yeah yeah that's sick
I + happy | omg the summaries are sooo good
R + happy | ok ok lets do it send it over
R 0 neutral | so uh how do we like sign up
0 0 neutral | uh yeah so so we we got like thirty guys on the phones
0 0 neutral | hang on hang on my other line
0 0 neutral | yeah no the the price is fine it's fine
0 0 neutral | nah we dont use nothing for that
0 0 neutral | um is the is the invoice monthly
"""

B4_FR_5 = """
C 0 neutral | bah en fait on a déjà un truc de chez orange pour ça
C 0 neutral | euh on est sur aircall sur les portables en gros
C 0 neutral | notre presta actuel il est ok mais le reporting bof
C 0 neutral | genre on a eu un call avec un autre éditeur ce matin
F - annoyed | comme je l'ai dit je l'ai déjà dit à votre collègue
F - frustrated | c'est le même bug c'est toujours le même bug
F - annoyed | franchement là c'est abusé
D 0 neutral | euh ouais faut que je check avec mon boss d'abord
D 0 neutral | c'est pas moi qui décide c'est mon chef
B 0 neutral | euh on a une enveloppe limitée cette année tu vois
B - worried | la tréso c'est un peu chaud en ce moment
P - concerned | c'est euh c'est beaucoup pour nous là
P - unimpressed | nan mais ce prix mdr
U 0 neutral | genre il nous le faut asap
U - stressed | on est grave en retard donc c'est urgent urgent
X 0 confused | euh attendez attendez c'est quoi l'histoire des postes
X 0 confused | jsuis pas sûr de capter comment l'ia sait
X 0 confused | pardon c'était quoi le nom de la deuxième formule
H 0 hesitant | euh ouais je sais pas je sais pas si on est prêts
H 0 hesitant | laissez-moi réfléchir ok
I + excited | ah ouais ouais c'est ouf
I + happy | les résumés sont trop bien franchement
R + happy | ok ok on y va envoyez
R 0 neutral | bah du coup on s'inscrit comment
0 0 neutral | euh ouais donc on a genre trente personnes au téléphone
0 0 neutral | attendez attendez j'ai un double appel
0 0 neutral | nan nan le prix ça va ça va
0 0 neutral | nan on utilise rien pour ça
0 0 neutral | euh la facture elle est mensuelle
"""

B4_EN_AGENT_2 = """
0 0 neutral | so for forty agents on pro that's about two thousand a month before discount
0 0 neutral | annual billing saves you two months compared to monthly
0 0 curious | how long is left on your current contract
0 0 curious | is anyone else in the running or is it just us
0 0 neutral | we often run alongside salesforce so no need to rip anything out
0 0 neutral | happy to send a side by side with what you pay today
0 0 curious | who holds the budget for this on your side
0 0 curious | would your finance director want to see a roi model
0 0 neutral | i can join your steering committee call if that helps
0 0 curious | is this coming out of this year's budget or next year's
0 0 neutral | if the go live date is fixed we'll work backwards from it
0 0 neutral | i've booked an engineer for thursday morning
0 0 apologetic | you shouldn't have had to explain this twice i'm sorry
0 0 calm | i get it nobody likes being passed around let me own this
0 0 neutral | i'll stay on this ticket until it's closed
0 0 neutral | that's the price for the full bundle including coaching
0 0 neutral | unfortunately that's already our best price
0 0 neutral | i can't go below that without my director's approval
0 0 curious | what's driving the timeline on your end
0 0 neutral | shall i set up a trial workspace for your team leads
0 + happy | great news i'll let the onboarding team know
0 0 neutral | the order form just needs a signature on page three
0 0 neutral | i'll resend the invoice with your purchase order number
0 0 curious | is there anything in the contract you'd like us to change
0 0 neutral | uh so um basically you'd get the the coaching and the summaries
0 0 neutral | sorry you're breaking up a bit could you repeat that
0 0 neutral | no worries i'll wait while you grab your colleague
X 0 confused | sorry i'm a bit confused is the account under your name or your manager's
"""

B4_FR_AGENT_2 = """
0 0 neutral | pour quarante conseillers en pro ça fait environ deux mille euros par mois avant remise
0 0 neutral | en annuel vous économisez deux mois par rapport au mensuel
0 0 curious | il vous reste combien de temps sur votre contrat actuel
0 0 curious | il y a d'autres acteurs dans la boucle ou c'est juste nous
0 0 neutral | on tourne souvent à côté de salesforce donc rien à débrancher
0 0 neutral | je peux vous envoyer un comparatif avec ce que vous payez aujourd'hui
0 0 curious | qui porte le budget de votre côté
0 0 curious | votre daf voudrait un calcul de retour sur investissement
0 0 neutral | je peux participer à votre comité de pilotage si ça aide
0 0 curious | ça sort du budget de cette année ou de l'an prochain
0 0 neutral | si la date de démarrage est figée on part de là et on remonte
0 0 apologetic | vous n'auriez pas dû avoir à tout réexpliquer je suis désolée
0 0 calm | je comprends personne n'aime être baladé je m'en occupe personnellement
0 0 neutral | c'est le prix du pack complet coaching compris
0 0 neutral | malheureusement c'est déjà notre meilleur prix
0 0 neutral | je peux pas descendre plus sans l'accord de mon directeur
0 0 curious | qu'est-ce qui détermine votre calendrier
0 0 neutral | je vous crée un espace d'essai pour vos chefs d'équipe
0 + happy | super nouvelle je préviens l'équipe d'onboarding
0 0 neutral | le bon de commande doit juste être signé en page trois
0 0 neutral | euh du coup en gros vous auriez le coaching et les résumés
0 0 neutral | pardon ça coupe un peu vous pouvez répéter
X 0 confused | pardon je suis un peu perdu le compte est à votre nom ou à celui de votre responsable
"""

# Batch 5 (valid2): written after batch 4, new situations and idioms
B5_EN = """
C 0 neutral | so the renewal's coming up with the outfit we use for our helpdesk phones
C 0 neutral | um the agency that built our crm bundled a call logger with it
C 0 neutral | the clinics all run on the same booking system and it records calls already
C 0 neutral | we've had a rep from one of the big american platforms on the phone twice this week
C 0 neutral | honestly we'd be moving over from a freebie version of another tool
C 0 neutral | our franchisor mandates a phone system for all the stores
C 0 curious | i've been reading reviews comparing you to dialpad what's your take
C 0 neutral | we put out a tender and there are four bids in including yours
C 0 neutral | our night team is on a separate system run by the outsourcer
C 0 neutral | the sales floor uses outreach and the support floor uses zendesk
C 0 neutral | we have a contract with orange business for the lines and the recording
C - unimpressed | we're paying for three tools that overlap already
C 0 neutral | i sat through a webinar from one of your rivals yesterday
C 0 neutral | a consultancy has offered to build us a custom dashboard instead
C 0 neutral | uh right now it's kixie for the outbound guys
C 0 neutral | the lot we're with now gave us a loyalty discount to stay
C 0 neutral | We have an incumbent provider whose contract expires in Q3.
C 0 curious | What would migration from Twilio Flex involve?
CP - unimpressed | dialpad's quote was nearly half of this
CPD - concerned | if i go back to my boss with a price higher than the incumbent's he'll laugh
CF - annoyed | we're leaving our current supplier because they never answer the phone ironically
CH 0 hesitant | part of me thinks we should just get more out of what we already have
CU 0 neutral | our current licences lapse on the first so we need a replacement lined up
CI + happy | this does in one screen what takes us three tabs in the current tool
F - annoyed | this is the exact same conversation i had with your colleague on tuesday
F - frustrated | we were told the feature was live and it's nowhere to be found
F - angry | i have a room full of agents who can't log in right now
F - annoyed | please don't tell me to clear my cache again
F - frustrated | the sentiment scores are all over the place and nobody trusts them anymore
F - sarcastic | oh love that the outage email arrived after the outage ended
F - annoyed | i keep getting passed to a generic inbox
F - frustrated | honestly every support ticket feels like shouting into a void
F - annoyed | i booked this call to talk about the bug not to hear about new features
F - angry | we've had enough of the excuses quite frankly
F - frustrated | my supervisors have given up on the reports because they're always late
F - annoyed | it's the second invoice this year with the wrong seat count
F - frustrated | we're going in circles with your onboarding team
F - annoyed | Your team has not responded to any of my last three emails.
F - annoyed | cmon mate i've got customers waiting
F - frustrated | i'm the one getting grief from my boss every time it goes down
FU - stressed | the busy season starts monday and the queue display is still broken
FP - angry | you put the price up and the service got worse brilliant
D 0 neutral | our clinical director has to approve anything that touches patient calls
D 0 neutral | the store owners each decide for themselves so you'd need to pitch them
CD 0 neutral | i'll be presenting the shortlist to our exec team in two weeks
D 0 neutral | we need the works council's agreement before recording any calls
D 0 neutral | decisions like that get made a few floors above me
D 0 neutral | my other half has to agree before we spend anything like that
D 0 neutral | the tender panel does the scoring not me
D 0 neutral | let me get our head of finance on the next call so she hears it first hand
D 0 neutral | head office keeps a list of approved suppliers and only they can add you
D 0 neutral | I need sign-off from both the CTO and the CFO.
D - concerned | my boss has vetoed two tools like this already
DP - concerned | the finance director will knock that back at that price for sure
DH 0 hesitant | i'll float it with the partners but i wouldn't hold your breath
DR + happy | the board approved it this morning so we can get started
B 0 neutral | every team gets a tooling allowance and ours is pretty much spent
B - worried | we're waiting to hear if our funding gets renewed
B 0 neutral | the spend would sit under the new cx initiative budget
B 0 neutral | we can only buy through the framework agreement budget
B - worried | we're a bit skint after the office move honestly
B 0 neutral | they gave us a pot for digital projects this year about twenty k
B 0 neutral | finance releases money quarterly so it'd be from july
B - concerned | our budget was frozen after the merger announcement
B 0 neutral | Our annual allocation for contact-centre technology is fixed.
BU 0 neutral | there's a pot of underspend that has to be committed by the thirty first
BH 0 hesitant | i'd rather wait until we know what next year's budget looks like
PB - concerned | champagne pricing for a beer budget team that's us
PB - unimpressed | we're not made of money you know
P - concerned | that's a lot to stomach for a team of eight
P - concerned | the renewal's gone up thirty percent that's hard to swallow
P 0 neutral | if you can sharpen the per seat number we might get there
P - unimpressed | you'd want a lot of calls to make that pay for itself
P - concerned | honestly the price is the only thing stopping me
P - concerned | paying extra for the transcripts on top feels a bit cheeky
P 0 neutral | is the list price the final price or is there room
P - concerned | The uplift in the renewal quote is difficult for us to accept.
P - concerned | that number is more than we spend on all our software put together
PR 0 neutral | get me to twenty five a seat and i'll sign this afternoon
U - stressed | we've just won a big contract and need twenty new agents ready next week
U 0 neutral | the new clinic opens on the ninth and the phones have to work day one
U 0 neutral | can we fast track it we're kind of against the clock
U - stressed | we've got the inspection on thursday and no recordings to show
U 0 neutral | we need an answer from you by friday to keep our timeline
U 0 neutral | We need the system fully operational before the end of the financial year.
U - stressed | this has gone from nice to have to needed it last week
UD 0 neutral | the director wants a decision by end of week so we can start in june
X 0 confused | so the minutes are pooled or per agent i'm lost
X 0 confused | hold on what's a concurrent licence versus a named one
X 0 confused | sorry how does it know when to show the prompt
X 0 puzzled | the email said one thing and the contract says another which is it
X 0 confused | i don't get how the two products fit together
X 0 confused | can you unpack what you mean by conversation intelligence
X 0 confused | I'm unclear on how the renewal pricing is calculated.
X 0 confused | wait did i just agree to the add on or not
XP - confused | why is the renewal more than what we paid last year i don't understand
I + excited | ooh the auto tagging is exactly what my qa team has been begging for
I + happy | that's the bit that sells it for me honestly
I + happy | the supervisors would be all over this
I + excited | no way it does that automatically that's brilliant
I + happy | it's so much slicker than i expected
I + happy | honestly this could end up being the tool we live in all day
I + excited | stop it that's too good
I + happy | This would make a real difference to our quality scores.
IR + excited | i'm sold where do we go from here
IP 0 neutral | we really want it but the renewal price is a stretch
H 0 hesitant | the juice might not be worth the squeeze for us right now
H 0 hesitant | i'm not going to make a call on this today
H - skeptical | i'll believe it when i see it working on our calls
H 0 hesitant | we'll see how the pilot goes and take it from there
H 0 hesitant | i'd like to wait for the next version
H 0 hesitant | i'm on the fence to be honest
H 0 hesitant | It's not something we can commit to at this point.
H - skeptical | our agents hated the last ai thing so i'm wary
HC 0 hesitant | i'm not sure it's enough of a jump from what we've got to justify it
R + happy | right i'm happy let's get the agreement drawn up
R 0 neutral | send it over and i'll get our finance lead to countersign
R + happy | we're ready to go whenever you are
R 0 neutral | can you set up the account today so we can start tomorrow
R + happy | sod it let's just go for it
R 0 neutral | what's the easiest way to pay the first invoice
R 0 neutral | Please go ahead and prepare the order for 30 licences.
R + happy | done deal
RC + happy | ok we'll cancel the other lot and sign with you
0 0 neutral | we're a chain of dental clinics about fifteen sites
0 0 neutral | the renewal notice came through yesterday i just wanted to check the date
0 0 neutral | the invoices go to a shared mailbox i'll send you the address
0 0 neutral | the price went up a bit but that's fine inflation innit
0 0 neutral | my boss asked me to say thanks for the demo
0 0 neutral | we don't run any other call software at all
0 0 neutral | the directors are happy for me to handle this one
0 0 neutral | there's no budget issue at all on our side
0 0 curious | do you support two factor login
0 0 curious | can agents see their own scores
0 0 neutral | i'm just checking the seat count is right on the renewal
0 0 neutral | we've got a fire drill at two so i might drop off
0 0 neutral | honestly you're the only ones we've spoken to
0 0 neutral | is the price on the quote including the onboarding
0 0 neutral | the money isn't really the issue it's more about the rollout plan
0 + happy | we've been really happy with support this year
0 0 neutral | the test line has already been switched off
0 0 neutral | i'm not fussed about the other vendors
0 0 neutral | we'll need a purchase order number on the invoice
0 0 neutral | i'll forward you our supplier form
0 0 neutral | yeah i can make tuesday work
0 0 neutral | our agents take about a hundred calls each a day
0 + amused | sorry it's a bit echoey i'm in the stairwell
0 0 neutral | Please address the contract to our registered office.
0 0 neutral | I make the call on tools for my team.
0 0 curious | do you have any customers in healthcare
0 0 neutral | a new hire is shadowing me today so she might listen in
0 0 neutral | i know the price list is public no need to send it
0 0 neutral | honestly not stressed about timing
0 0 neutral | that's all clear nothing to add
0 0 neutral | okay
0 0 neutral | uh huh uh huh
0 0 neutral | can we move the call to three instead
"""
