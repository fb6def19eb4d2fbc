"""Notation blocks of train_set_more.py (part 2 of 5): B4_EN_NEG, B4_EN_AGENT, B4_EN_4, B4_FR.

Kept apart so every file stays under 500 lines; train_set_more.py reads them."""

B4_EN_NEG = """
0 0 neutral | the price list is on your site right
0 0 neutral | can you send the invoice to accounting
0 0 neutral | price isn't really the sticking point for us
0 0 neutral | we don't use anything else for this today
0 0 neutral | no one else is involved i'm running this
0 0 neutral | my boss is actually the one who found you
0 0 neutral | my manager says hi by the way
0 0 neutral | we've never used a tool like this before
0 0 neutral | cost wise that's in line with what we expected
0 0 neutral | nah no other vendors we came straight to you
0 0 neutral | what's your payment terms thirty days
0 0 neutral | do you invoice in euros or pounds
0 0 neutral | um i'm just gonna grab a coffee give me two secs
0 0 neutral | we have about eighty agents in three countries
0 0 curious | how long have you guys been around
0 0 curious | can the supervisors whisper to agents during a call
0 0 neutral | we're based in bristol mostly
0 0 neutral | the team finishes at six so any time before then is fine
0 0 neutral | yeah that's clear thanks
0 0 neutral | i'm not in a rush this is more for next year's planning
0 0 neutral | we're not unhappy with anything just curious what you do
0 0 neutral | i'm not cross i just wanted to flag it
0 0 neutral | price wise we're comfortable
0 0 neutral | what currency is that in
0 0 neutral | send the quote to me and i'll file it
0 0 neutral | is vat included in that
0 0 neutral | we pay our suppliers quarterly usually
0 + happy | the last bill was lower than i thought nice
0 0 neutral | how do i update the card on file
0 0 neutral | could you resend last month's invoice with our vat number on it
0 0 neutral | um my colleague jess will be on the next call she's in ops
0 0 neutral | no competitors in the running i promise
0 0 neutral | honestly it's not that expensive
0 0 neutral | the money side isn't an issue
0 0 curious | do you have a partner programme for resellers
0 0 curious | what's the roadmap look like for next year
0 0 neutral | ok noted
0 0 neutral | alrighty then
0 0 neutral | hmm yep
0 0 neutral | right yeah makes sense
0 0 neutral | sorry someone just walked in one sec
0 + amused | ha my cat just walked across the keyboard
0 0 neutral | can you hear me now i switched to headphones
0 0 neutral | we mostly do inbound claims calls
0 0 neutral | we run two shifts weekdays and one on saturdays
0 0 neutral | most of our calls are under five minutes
0 0 neutral | our agents are all remote since covid
0 0 curious | how accurate is it with scottish accents
0 0 curious | can we export the transcripts as csv
0 0 curious | is there a mobile app for supervisors
0 0 curious | where's your data centre
0 0 neutral | yep i've got the slides in front of me
0 0 neutral | i'll forward this to myself so i don't lose it
0 0 neutral | i'm the ops lead so i look after the floor
0 0 neutral | i've got full authority on this one
0 0 neutral | we don't need approval from anyone for tools under ten k
0 0 neutral | i'm not confused i just want to confirm the date
0 0 neutral | no deadline really we're just scoping
0 0 calm | take your time there's no pressure on our side
0 + happy | thanks for being so patient with my questions
0 0 neutral | the price is the price i get it
0 0 neutral | fair enough that's what i'd expect to pay
0 0 neutral | the pricing page was pretty clear actually
0 0 neutral | i read the pricing on your site before the call
0 0 curious | does the price include support
0 0 neutral | what are your payment methods
0 0 neutral | our finance team handles invoices so just use the generic address
0 0 neutral | my boss is on holiday but that doesn't change anything
0 0 neutral | i used to work at talkdesk funnily enough
0 0 neutral | i saw your ad on linkedin
0 0 neutral | a friend recommended you
0 0 neutral | we found you through a google search
0 0 neutral | i heard about you at the conference in london
0 0 neutral | we're not tied to any other provider
0 0 neutral | we've no contract with anyone for this
0 0 neutral | i'm not annoyed at all it was a fair question
0 0 neutral | the onboarding went smoothly actually
0 + happy | support sorted my issue in ten minutes last time
0 0 neutral | we're a team of twelve so nothing fancy
0 0 neutral | i'll need a copy of the security docs for our records
0 0 neutral | could you cc my assistant on the next email
0 0 neutral | the contract renewal date is in the portal right
0 0 curious | what happens if we go over our minutes
0 0 curious | can we change the number of seats later
0 0 neutral | ok so thirty nine a seat got it
0 0 neutral | yes i can see your screen
0 0 neutral | one sec let me mute the other call
0 + amused | yeah it's been one of those weeks
0 + happy | have a good weekend
0 0 neutral | we'll speak thursday then
0 0 neutral | i'll be the main point of contact
0 0 neutral | our it guy will handle the setup
0 0 neutral | we had a demo from you last year actually
0 0 neutral | the money was never the problem last time either
0 0 neutral | not looking at anyone else at the moment
0 0 neutral | we don't have a current supplier for this
0 0 neutral | our contract with you renews automatically right
B 0 neutral | budget season is in the autumn for us
0 0 neutral | we've got a couple of agents on part time
0 0 curious | how many languages do the summaries support
0 0 neutral | your colleague sent me the case study
0 0 neutral | i've got a hard stop at three
0 0 neutral | yeah i got the email with the link
0 0 neutral | We currently handle about 500 calls per day.
0 0 neutral | Our office is closed on bank holidays.
0 0 curious | What certifications do you hold for data protection?
0 0 neutral | Please send the documentation to my work address.
0 0 neutral | The pricing is clear, thank you.
0 0 neutral | We do not work with any other vendor in this area.
0 0 neutral | I have the authority to approve this purchase.
0 0 neutral | We are not working towards any specific date.
0 0 neutral | yeah i'm fine on the price to be honest
0 0 neutral | we're not comparing with anyone
0 0 neutral | not my first rodeo with these tools but all good
0 + happy | cheers that was useful
0 0 neutral | um so uh where were we
0 0 neutral | like we we mostly call back leads from the website
0 0 neutral | erm can i ask who else in my sector uses you
0 0 neutral | we've got a team meeting after this so i'll mention it
0 0 neutral | i'm going to share the recording with the team
0 0 neutral | i'll pass the slides on to the team for a look
CD 0 neutral | my boss asked me to find a few options and report back
"""

B4_EN_AGENT = """
0 0 neutral | so the pro plan is forty nine per agent per month billed annually
0 0 neutral | the enterprise tier starts at about two thousand a month
0 0 neutral | there's a one off setup fee of five hundred
0 0 neutral | we can offer fifteen percent off if you commit to two years
0 0 curious | who are you using for telephony at the moment
0 0 curious | have you looked at any other solutions so far
0 0 curious | what did you like about your previous provider
0 0 neutral | a lot of teams come to us from aircall actually
0 0 confident | compared to the big suites we're usually a lot quicker to set up
0 0 neutral | we integrate natively with salesforce and hubspot
0 0 curious | who else would need to be in the room for a decision
0 0 neutral | would it be useful if i prepared a one pager for your cfo
0 0 curious | what does the approval process look like on your side
0 0 neutral | happy to present to your board if that helps
0 0 curious | is there a budget already set aside for this project
0 0 neutral | when does your financial year start
0 0 curious | roughly what are you spending on tools like this today
0 0 neutral | we can spread the payments monthly if cash flow is a concern
0 0 curious | when do you need this to be live by
0 0 neutral | onboarding usually takes about ten working days
0 0 neutral | we can fast track the setup if the date is tight
0 0 apologetic | i'm really sorry you've had to call back so many times
0 0 apologetic | apologies for the wait i know it's been a frustrating week
0 0 calm | i completely understand let me see what i can do
0 0 neutral | i've escalated the ticket to our engineering team
0 0 neutral | you should get an update by end of day
0 0 calm | i hear you the price is a concern let's look at the options
0 0 neutral | let me recap what we covered so far
0 0 neutral | does that make sense so far
0 0 curious | any questions on what i've just shown you
0 0 neutral | i'll send the contract over by docusign this afternoon
0 0 neutral | the invoice will come from our billing team
0 + happy | brilliant welcome aboard
0 + happy | great to hear you're happy with it
0 0 neutral | shall we pencil in a follow up for next week
0 0 neutral | i'll bring our solutions engineer in for the technical side
0 0 neutral | let me share my screen quickly
0 0 neutral | can you see the dashboard now
0 0 neutral | so here's the live coaching panel
0 0 neutral | the summary lands in the crm as soon as the call ends
0 0 neutral | the trial gives you the full product for fourteen days
0 0 neutral | there's no minimum contract on the monthly plan
0 0 neutral | the notice period is thirty days
0 + confident | most customers see a return within the first quarter
0 0 calm | no pressure at all take the time you need
0 0 neutral | um so yeah uh the the transcripts are stored in the eu
0 0 neutral | sorry you cut out there for a sec
0 0 neutral | hi thanks for taking the call
0 0 neutral | is now still a good time
0 0 neutral | just checking you received the proposal
0 0 curious | how are the agents finding the new version
0 0 neutral | our competitors charge for the ai separately we don't
0 0 neutral | we're cheaper than talkdesk on most like for like setups
0 0 neutral | I will send you a summary of today's call.
0 0 neutral | Our standard pricing is listed on the website.
0 0 curious | Could you tell me more about your current process?
0 0 neutral | I have noted the discount request and will check with my manager.
0 0 neutral | i'll need to check with my manager on that discount
0 0 neutral | my director can approve anything up to twenty percent
0 0 neutral | the price goes down per seat once you pass fifty users
0 0 neutral | that's the list price before any discount
0 0 neutral | so that would come to about eleven hundred a month all in
0 0 calm | that's a fair point on cost
0 0 curious | what would it take to get this over the line
0 0 neutral | i can hold this price until the end of the month
0 0 neutral | we've got a migration team that handles the switch for you
0 0 neutral | we'll port your existing numbers over for free
0 0 neutral | you can keep using your current crm alongside us
X 0 confused | sorry i didn't catch that which crm did you say
X 0 confused | sorry i'm not sure i follow do you mean per site or per agent
X 0 confused | hang on i'm a bit lost is that the old account or the new one
F - frustrated | i know i'm as annoyed as you are about this outage
0 0 neutral | let me just pull up your account
0 0 neutral | could you spell the company name for me
0 0 neutral | thanks i've got that down
0 0 neutral | okay so i'll book you in for the onboarding call
0 0 neutral | the kickoff is usually about an hour
0 + happy | really appreciate you making the time today
0 0 neutral | i'll send the recap and the pricing sheet
0 0 curious | what's the biggest headache for your team right now
0 0 curious | how do you measure call quality today
0 0 neutral | you can cancel any time on the monthly plan
0 0 neutral | the renewal will come through at the same rate
0 0 neutral | we're running a promotion this month on annual plans
0 0 neutral | our support desk is open eight to eight
0 0 neutral | yeah uh that's um that's in the roadmap for q2
"""

B4_EN_4 = """
C 0 neutral | so like right now we're using the the dialer that came with our crm
C 0 neutral | uh we have a thing from vonage that kinda does this
C 0 neutral | our bpo partner already records and scores calls for us
C 0 neutral | we're already paying for chorus through the sales team
C 0 neutral | um we're mid evaluation with a couple of your rivals
C 0 neutral | your main competitor came in and did a demo on monday
C 0 curious | whats the difference between you and aircall honestly
C 0 neutral | we currently get something like this bundled with dixa
C 0 neutral | the freshdesk phone bit is what we use day to day
C 0 neutral | we're with the same supplier as the rest of the group
C 0 neutral | the other bidder is offering a dedicated success manager
C 0 neutral | our telco account manager keeps pushing their own ai add on
C 0 neutral | we have a homegrown setup with asterisk and some scripts
C 0 neutral | our dev team wants to build it on top of whisper instead
CH - concerned | we've put years of config into the current platform
C 0 neutral | ive got quotes from you and from ringover on my desk
C 0 neutral | we're currently paying genesys for recording and wfm
C 0 neutral | the guys who did our website also sell a calling tool
C 0 neutral | another provider is offering to buy out our current contract
C 0 neutral | um at the moment its talkdesk plus a bunch of spreadsheets
C 0 neutral | we tested modjo in the spring
C 0 curious | so why would i pick you over hubspot's own calling
C 0 neutral | we already have speech analytics from our contact centre vendor
C 0 neutral | the current setup is okay just a bit clunky
C 0 neutral | our legacy avaya system is still running the main line
C 0 neutral | we'd keep zendesk and just swap out the voice piece
C 0 neutral | we just renewed with our existing provider in september
C 0 neutral | the big guys we're with now have a whole team on our account
CP - unimpressed | we can get pretty much the same from our current guys for less
CP - concerned | the one we're on now is thirty a seat and does the basics fine
CPR 0 neutral | match the talkdesk quote and you've got a deal
CF - annoyed | we moved away from five9 because support was useless
CF - frustrated | i'm so done with our current vendor's downtime
CH 0 hesitant | we'd have to think hard before leaving salesforce
CB 0 neutral | the budget's tied up in the current contract until it ends
CI + happy | this is everything our current tool should be and isn't
F - annoyed | this is the third time this week the line has dropped on me
F - frustrated | like i said i said it already the numbers aren't porting
F - annoyed | ok can someone just call me back with an actual answer
F - frustrated | um we've raised this like five times and its still open
F - angry | frankly i've had it with your support team
F - annoyed | i don't want to hear about the roadmap i want it fixed
F - frustrated | the reports have been wrong for three weeks running
F - sarcastic | yeah sure another workaround that's just what i wanted
F - annoyed | why does every call with you people start with verifying my identity five times
F - frustrated | we were told two days and it's been two weeks
F - annoyed | please stop transferring me
F - frustrated | my whole team's been twiddling their thumbs while the system's down
F - annoyed | i'm not interested in an upgrade i'm interested in it working
F - angry | this is a complete shambles
F - frustrated | honestly the whole rollout has been one headache after another
F - annoyed | i shouldn't have to chase you for a refund
F - frustrated | the transcription keeps mixing up the speakers its useless like this
F - annoyed | yeah i'm gonna need you to actually listen to me for a sec
F - angry | no i'm not calming down i've been patient for a month
F - annoyed | ugh seriously again
D 0 neutral | uh so technically the the decision sits with our group cio
D 0 neutral | my boss wants to be on the next call
D 0 neutral | anything with a contract goes through our lawyer first
D 0 neutral | we need buy in from the team leads before i can push it
D 0 neutral | i'm not the budget holder unfortunately
D 0 neutral | the investors want to see any big commitments
D 0 neutral | i'll need my sales director to agree it fits the process
D 0 neutral | the decision maker here is really our head of cx
D 0 neutral | i'd have to take it to our monday management meeting
D 0 neutral | our ceo likes to meet suppliers before we sign
D 0 neutral | the trustees approve all spending over five grand
D 0 neutral | im just the messenger the directors decide
D - concerned | honestly getting the cfo to agree to anything new is like pulling teeth
B 0 neutral | we'd be paying for it out of the customer service budget
B - worried | we're a bit strapped for cash this quarter
B 0 neutral | the money for this kind of thing comes through in the new fiscal year
B 0 neutral | we've got about three grand allocated to call tools
B - worried | we're still waiting on funding to come through
B 0 neutral | we can only spend what's in the approved plan
B 0 neutral | our budget is per department so i'd have to split it with sales
B - concerned | the budget got slashed in half in the last review
B 0 neutral | um so our budget is like five hundred a month max for everything
P - concerned | honestly that's a lot of money for a tool my team might not use
P - unimpressed | you're having a laugh that's double what i expected
P - concerned | the price per seat makes it hard to roll out to everyone
P 0 neutral | if you throw in the onboarding for free we're closer
P - concerned | hmm those numbers make my eyes water
P - unimpressed | for a tool that just takes notes it's pricey
P - concerned | we're a small shop so that's a big chunk
P 0 neutral | any chance of a better rate for a longer commitment
P - concerned | it's not cheap is it
BP - worried | we just don't have that kind of money for a tool like this
UD 0 neutral | i need the director to sign before friday so we can launch on time
UR + happy | let's sign now so we're live for the campaign
UB 0 neutral | we've got budget left but only until the end of the year so we need to move
XD 0 confused | i'm not sure who on our side would even need to approve this
XF - frustrated | i still don't get what this charge is and i've asked twice
HP - hesitant | i dunno it feels like a lot for something we haven't tested
HC 0 hesitant | we're not sure yet we might just stick with what we have
HD 0 hesitant | i need to think about it and see what the boss says
IR + excited | this is great can we get it set up this week
IC + happy | way better than the clunky thing we have now
IU + excited | we need this before the busy season honestly it's perfect
RD 0 neutral | i've got sign off from the cfo so send over the contract
RB 0 neutral | budget's been approved so let's get the order in
"""

B4_FR = """
C 0 neutral | on a déjà un outil qui fait à peu près la même chose
C 0 neutral | euh notre prestataire actuel gère l'enregistrement des appels
C 0 neutral | on est chez diabolocom depuis quatre ans
C 0 neutral | du coup on utilise le module d'appel de hubspot
C 0 neutral | on a vu une démo chez la concurrence la semaine dernière
C 0 neutral | bah on a un contrat avec ringover jusqu'en juin
C 0 curious | vous faites quoi de plus que genesys concrètement
C 0 neutral | notre éditeur actuel nous propose aussi de l'ia maintenant
C 0 neutral | on a reçu un devis d'une autre boîte hier
C 0 neutral | on a un outil maison développé par notre équipe technique
C 0 neutral | les commerciaux sont tous sur salesforce
C 0 neutral | on est en train de comparer avec deux autres solutions
C 0 neutral | euh genre on a déjà aircall et ça fait le job
C 0 neutral | notre opérateur télécom nous a proposé un truc similaire
C 0 neutral | on a testé talkdesk l'année dernière sans donner suite
C 0 neutral | on passe par un centre d'appels externalisé qui a son propre logiciel
C 0 neutral | nos amis de chez five9 nous ont fait une belle offre
C - unimpressed | on paye déjà pour un truc qui fait ça
C 0 neutral | notre solution actuelle est un peu vieillotte mais elle marche
C 0 neutral | on est engagés avec notre fournisseur pour encore un an
C 0 neutral | on a un appel d'offres en cours avec trois éditeurs
C 0 neutral | la filiale utilise un de vos concurrents
C 0 neutral | franchement notre presta actuel est plutôt réactif
CH - concerned | changer d'outil ça voudrait dire tout reparamétrer
C 0 curious | et par rapport à pipedrive vous êtes positionnés comment
C 0 neutral | on a zendesk pour les tickets et la téléphonie avec
C 0 neutral | un autre fournisseur nous propose un pilote gratuit
C 0 neutral | nous utilisons actuellement la solution d'un éditeur lyonnais
C 0 neutral | Nous sommes également en discussion avec un autre prestataire.
C 0 neutral | Notre solution actuelle couvre déjà l'enregistrement et le reporting.
C 0 curious | Pourriez-vous me dire ce qui vous distingue de Talkdesk ?
C 0 neutral | bah nous on bricole avec teams et un tableur partagé
C 0 neutral | en gros on est sur l'outil du groupe comme toutes les filiales
C 0 neutral | y a une start-up qui nous a contactés pour le même genre de produit
C 0 neutral | le concurrent nous a fait une démo super poussée
C 0 neutral | on a l'option transcription chez notre opérateur déjà
C 0 neutral | on vient de renouveler avec notre prestataire historique
CD 0 neutral | notre dsi préfère qu'on reste sur la suite microsoft
C 0 neutral | on a eu modjo en test pendant deux mois
C 0 neutral | euh le truc qu'on a aujourd'hui c'est un vieux système alcatel
C 0 neutral | on a un autre devis sur la table en ce moment
C 0 neutral | on hésite entre vous et ringover pour tout vous dire
CP - unimpressed | ringover nous fait un prix bien plus bas pour la même chose
CP - concerned | notre outil actuel nous coûte le tiers de ça
CP 0 neutral | si vous vous alignez sur le devis d'aircall on peut discuter
CP - unimpressed | pour ce prix-là on reste chez notre prestataire
CF - annoyed | notre fournisseur actuel met une semaine à répondre au moindre ticket
CF - frustrated | on en a ras-le-bol des coupures chez diabolocom
CF - angry | honnêtement notre presta actuel c'est une catastrophe
CU 0 neutral | notre contrat avec genesys se termine fin mars faut qu'on décide vite
CU - stressed | ringover arrête notre offre le mois prochain on est pressés
CD 0 neutral | c'est mon boss qui a choisi l'outil actuel donc c'est lui qui décidera du changement
CD 0 neutral | les achats veulent qu'on vous compare à notre prestataire actuel
CH 0 hesitant | je suis pas sûr que ça vaille le coup de tout quitter pour ça
CH - hesitant | on vient de migrer vers aircall donc c'est pas le moment
CI + excited | franchement ça enterre ce qu'on a aujourd'hui
CI + happy | c'est le jour et la nuit avec notre outil actuel
CX 0 confused | attendez ça remplacerait hubspot ou ça vient en plus
CR + happy | allez on lâche l'autre presta et on part avec vous
CB 0 neutral | il faudrait que ça rentre dans ce qu'on paie déjà pour notre outil actuel
F - annoyed | c'est la troisième fois que j'appelle pour le même problème
F - frustrated | ras-le-bol de devoir tout réexpliquer à chaque appel
F - annoyed | j'en ai marre d'être baladé d'un service à l'autre
F - angry | vous vous moquez de nous franchement
F - frustrated | ça fait deux semaines qu'on attend un retour
F - annoyed | euh on m'a déjà posé cette question trois fois
F - frustrated | l'appli plante en plein appel c'est insupportable
F - annoyed | je tombe toujours sur le répondeur c'est pénible
F - frustrated | on nous avait promis une correction le mois dernier
F - angry | c'est du grand n'importe quoi votre support
F - annoyed | arrêtez de m'envoyer des relances tous les deux jours
F - frustrated | chaque mise à jour casse un truc
F - sarcastic | ah super encore un numéro de ticket ça m'aide beaucoup merci
F - annoyed | bon j'ai pas que ça à faire moi
F - frustrated | mes conseillers ne veulent plus l'utiliser tellement ça rame
F - annoyed | vous êtes injoignables c'est dingue
F - angry | on paye pour un service qui marche pas c'est scandaleux
F - frustrated | j'ai passé ma matinée au téléphone avec vous pour rien
F - annoyed | euh la musique d'attente je la connais par coeur maintenant
F - frustrated | la synchro plante sans prévenir et on s'en rend compte des jours après
F - annoyed | je vous l'ai déjà dit genre cinq fois
F - frustrated | c'est toujours pareil on nous répond et rien ne bouge
F - angry | j'en peux plus de ces bugs
F - annoyed | c'est lourd là franchement
F - frustrated | bon là ça commence vraiment à bien faire
F - annoyed | on m'a raccroché au nez deux fois
F - frustrated | du coup on a perdu une journée d'enregistrements et personne sait pourquoi
F - sarcastic | bravo le correctif a cassé autre chose quelle surprise
F - annoyed | votre chatbot m'a fait tourner en rond une demi-heure
F - frustrated | c'est la galère depuis la migration
F - annoyed | Je vous ai déjà exposé le problème à quatre reprises.
F - angry | Le niveau de service est franchement inacceptable.
F - frustrated | Cela devient extrêmement pénible pour nos équipes.
F - annoyed | bah j'attends toujours la facture que j'ai demandée en mars
F - frustrated | ça me saoule de devoir relancer à chaque fois
F - angry | je veux parler à quelqu'un qui peut vraiment régler le problème
F - annoyed | oui oui je sais vous êtes désolés tout le monde est désolé
F - frustrated | on tourne en rond depuis le début de l'appel
F - annoyed | c'est pénible ce formulaire pour avoir un humain
F - frustrated | ça fait trois mois que ça dure
F - annoyed | on m'a promis un rappel que j'ai jamais eu
F - angry | c'est pas du tout ce qu'on nous avait vendu
F - frustrated | les conseillers doivent redémarrer l'appli dix fois par jour
F - annoyed | abrégez s'il vous plaît j'ai dix minutes
FU - stressed | on lance vendredi et le standard marche toujours pas
FU - angry | il faut que ce soit réglé aujourd'hui pas au prochain sprint
FX - frustrated | personne n'arrive à m'expliquer pourquoi on a été facturés deux fois
FH - annoyed | après le fiasco de l'onboarding je suis pas sûr qu'on renouvelle
F - annoyed | mon directeur me demande pourquoi c'est toujours pas réglé et j'ai rien à lui dire
FP - angry | payer ce prix-là pour un truc aussi buggé c'est une blague
"""
