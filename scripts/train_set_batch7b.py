"""The French blocks of batch 7 of the analyzer's call-speech training data, and a
second English and French block of new situations; imported by scripts/train_set_batch7.py,
which writes them to tests/data/analyzer_callspeech_train3.jsonl. Same notation and
conventions as that script (see its docstring):

    LABELS SENTIMENT emotion | text"""

# Competitor, French: indirect references to current, past and rival providers
B7_FR_C = """
C 0 neutral | du coup les cliniques vétos passent toutes par le logiciel de rdv du groupe
C 0 neutral | euh en ce moment c'est la secrétaire qui écoute deux trois appels le vendredi et note sur une feuille
C 0 neutral | les gens avec qui on est aujourd'hui font la ligne et l'enregistrement ensemble
C 0 neutral | notre ancien prestataire a mis la clé sous la porte donc on a une solution provisoire
C 0 neutral | on est sans engagement avec l'opérateur actuel depuis la fin du contrat
C 0 neutral | la concession utilise le crm imposé par la marque avec un suivi d'appels dedans
C 0 neutral | notre stagiaire a codé un petit script qui repère les appels trop longs
C 0 neutral | le centre d'appels externalisé nous envoie un rapport tous les mois
C 0 neutral | l'auto-école gère tout sur une plateforme de réservation qui garde l'historique des appels
C 0 neutral | y a un google doc partagé où les chefs d'équipe collent les appels ratés
C 0 neutral | la gestion des sinistres tourne sur un vieux standard alcatel que personne veut toucher
C 0 neutral | notre revendeur télécom nous a mis un module d'analyse avec les postes
C 0 neutral | un cabinet local nous a fait un devis pour des audits d'appels à la main
C 0 neutral | les franchisés utilisent presque tous l'appli choisie par la tête de réseau
C 0 neutral | le standard de l'hôtel est venu avec son propre portail de stats
C 0 neutral | on est à mi-parcours d'un engagement de trois ans avec l'opérateur
C 0 neutral | un commercial de ringover m'appelle toutes les semaines
C 0 neutral | le service des admissions utilise un outil maison qui date de 2010
C 0 neutral | on paye une consultante qui note vingt appels par mois
C 0 neutral | on s'appuie sur la plateforme du groupe pour le service client
C 0 neutral | avant on était chez une petite boîte de lyon qui faisait tout pour nous
C 0 neutral | l'équipe de nuit est chez un sous-traitant avec son propre outil
C 0 neutral | on se débrouille avec la transcription des messages vocaux de l'opérateur
C 0 neutral | la billetterie du club passe par le système du stade
C 0 neutral | un bénévole nous a monté une base access pour les notes d'appels
C 0 neutral | notre ancien fournisseur avait ça en option donc je vois à peu près
C 0 neutral | j'ai une proposition d'une autre boîte qui traîne dans ma boîte mail
C 0 neutral | mon prédécesseur nous a abonnés à un truc d'enregistrement je découvre encore
C 0 neutral | on a hérité d'un système en rachetant le cabinet de nantes
C 0 neutral | chaque cabinet dentaire a gardé l'outil de l'ancien titulaire
C 0 neutral | on utilise le tableau de bord fourni avec notre forfait bouygues pro
C 0 neutral | l'agence nous envoie les notes des appels dans un fichier excel chaque semaine
C 0 neutral | la coopérative a un logiciel de la chambre d'agriculture pour les appels adhérents
C 0 neutral | on a un deuxième rdv démo avec un concurrent mardi
C 0 neutral | l'autre boîte nous offrait la formation gratuite
C 0 neutral | on nous a proposé dix centimes la minute ailleurs pour la transcription
C 0 neutral | notre contrat avec le fournisseur actuel se renouvelle tout seul en janvier
C 0 neutral | le précédent prestataire était pire pour être honnête
C 0 neutral | les installateurs utilisent l'appli du fabricant de panneaux pour noter les appels clients
C 0 neutral | on garde l'ancien outil pendant la saison des campings de toute façon
C 0 curious | en quoi c'est différent de ce que l'opérateur nous donne gratuitement
C 0 curious | ça remplacerait les audits de la consultante ou ça viendrait en plus
C 0 curious | vous pouvez récupérer les enregistrements de notre système actuel
0 0 curious | ça s'intègre avec le crm de la marque ou pas
C 0 curious | ça fait quoi de plus que notre script maison
C - unimpressed | le truc qu'on a maintenant tient avec du scotch franchement
C - skeptical | la dernière boîte disait que leur ia comprenait l'accent marseillais et bah non
C - unimpressed | nos stats actuelles c'est quelqu'un qui compte des bâtons dans excel
C - skeptical | on s'est déjà fait avoir par un prestataire qui promettait monts et merveilles
C - unimpressed | l'outil fourni par l'opérateur est nul mais il est gratuit
CP - concerned | une autre boîte est arrivée à moins de la moitié de votre prix
CP - unimpressed | la consultante nous coûte quatre cents euros par mois et vous c'est le triple
CP 0 neutral | chez l'opérateur actuel c'est par utilisateur pas à la minute vous pouvez faire pareil
CP - concerned | le devis concurrent avait pas de frais de mise en service
CP - unimpressed | notre outil maison coûte rien donc votre tarif est dur à défendre
CP 0 neutral | si vous vous rapprochez du devis de l'autre boîte on peut discuter
CF - frustrated | les gens chez qui on est mettent une semaine à répondre à un ticket
CF - annoyed | notre ancien prestataire enregistrait des appels qu'il devait pas enregistrer
CF - frustrated | le revendeur transmet nos réclamations et il se passe rien
CF - annoyed | chaque mise à jour de l'outil maison casse autre chose
CF - frustrated | on a relancé le fournisseur actuel trois fois pour la panne ce mois-ci
CF - annoyed | oh le système actuel marche super bien le mardi quand il a envie
CH 0 hesitant | j'ai peur de tout casser alors que les équipes commencent à peine à maîtriser l'outil actuel
CH - hesitant | on vient de passer les cliniques sur le système actuel l'an dernier donc bon
CH 0 hesitant | rapatrier tous les enregistrements de l'ancien prestataire ça me fait un peu peur
CU - stressed | le contrat actuel s'arrête à la fin du mois et on a rien derrière
CU 0 neutral | l'opérateur veut notre réponse pour le renouvellement avant le neuf donc faut aller vite
CU - stressed | la consultante qui fait nos audits part à la retraite dans trois semaines
CB 0 neutral | quand on arrêtera de payer l'agence cet argent pourra passer sur votre outil
CB - concerned | on peut pas payer la consultante et vous en même temps avec ce qu'on a
CD 0 neutral | c'est le groupe qui a choisi la plateforme actuelle donc la dsi groupe doit accepter le changement
CD 0 neutral | les associés veulent vous voir à côté des deux autres devis avant de voter
CD 0 neutral | notre responsable sinistres adore l'outil actuel donc faudra la convaincre
CD 0 neutral | la tête de réseau doit valider si on quitte son outil
CI + impressed | bon ça bat déjà ce que l'agence nous envoie chaque mois
CI + excited | waouh c'est à des années-lumière des transcriptions de l'opérateur
CR + happy | allez on résilie avec les actuels envoyez-moi votre contrat
CX 0 confused | pardon ça se branche sur l'alcatel ou ça le remplace je suis perdu
CX 0 confused | attendez on garde le revendeur si on passe chez vous
CIR + excited | c'est bien mieux que la démo du concurrent on lance
CPB - concerned | avec ce qu'on paye déjà à l'agence il reste rien pour votre tarif
"""

# Decision maker, French, and a boss mentioned who does not decide (hard negatives)
B7_FR_D = """
D 0 neutral | c'est le titulaire du cabinet qui tranche pour tout ce qui est abonnement
D 0 neutral | euh faudrait que je présente ça à la responsable sinistres c'est elle qui signe
D 0 neutral | le conseil d'administration de l'asso valide tous les nouveaux logiciels
D 0 neutral | faut que ça passe par le rectorat
D 0 neutral | mon associé gère les contrats donc ça ira chez lui
D 0 neutral | tout ce qui enregistre des appels doit avoir le feu vert du dpo
D 0 neutral | c'est le patron de la concession qui décide des achats
D 0 neutral | je prépare la short list mais c'est la directrice des opés qui choisit
D 0 neutral | la centrale doit d'abord vous référencer comme fournisseur
D 0 neutral | c'est ma tante qui a la boîte donc c'est elle qui voit
D 0 neutral | vous pouvez m'envoyer une petite vidéo que je montre aux autres associés
D 0 neutral | le bureau du club doit donner son accord
D 0 neutral | franchement ça dépendra de ce qu'en pense le responsable de secteur
D 0 neutral | je peux pousser mais la décision finale c'est le directeur régional
D 0 neutral | il faut l'accord des représentants du personnel avant d'enregistrer quoi que ce soit
D 0 neutral | le médecin coordinateur doit valider tout ce qui touche aux appels patients
D 0 neutral | je dois le présenter au point du lundi et c'est le gérant qui tranche
D 0 neutral | je fais juste un premier tour c'est la cheffe de service qui signe
D 0 neutral | notre pdg veut rencontrer le prestataire avant qu'on s'engage
D 0 neutral | ça doit passer par la commande publique de la mairie
D 0 neutral | ma femme est gérante donc elle voudra regarder ce soir
D 0 neutral | les associés de la brasserie votent ce genre de dépense au trimestre
D 0 neutral | c'est les gens d'en haut qu'il faut convaincre pas moi
D 0 neutral | mon n plus un doit faire la demande de validation
D 0 neutral | le oui final vient du daf groupe à bruxelles
D 0 neutral | c'est pas moi qui tiens le stylo sur ce dossier
D 0 neutral | je suis rattaché au directeur général et il aime signer ça lui-même
D 0 neutral | on peut attendre que le patron rentre de vacances il voudra son mot à dire
D 0 neutral | le juridique a un droit de veto sur tout ce qui stocke des enregistrements
D 0 neutral | la directrice de l'ehpad décide des prestataires pas moi
DH 0 hesitant | ça me plaît mais je suis pas sûre que le titulaire accroche
DH 0 hesitant | laissez-moi voir ce qu'en pensent les associés avant de m'avancer
DH - hesitant | bof le bureau est assez frileux sur les nouveautés
DU 0 neutral | si le ca valide jeudi on voudrait que ça tourne pour la campagne de dons
DU - stressed | il me faut la signature du responsable de secteur avant la clôture du trimestre
DP - concerned | ma directrice signera jamais à ce prix-là
DP - concerned | les associés vont tiquer sur un abonnement pareil
DB 0 neutral | le budget est porté par la direction régionale donc c'est eux qui décident
DX 0 confused | je sais même pas qui signe pour les logiciels chez nous honnêtement
DR + happy | le gérant vient de dire banco envoyez
DI + excited | c'est génial je file le montrer à ma directrice
0 0 neutral | c'est mon chef qui m'a conseillé de prendre cet appel
0 0 neutral | ma responsable utilisait un truc du genre dans son ancienne boîte
0 0 neutral | pardon mon patron vient d'entrer deux secondes
0 0 neutral | le directeur est en séminaire toute la semaine de toute façon
0 + happy | notre gérant adore les gadgets il va kiffer
0 0 neutral | je valide moi-même les outils de mon équipe jusqu'à un certain montant et là on est en dessous
0 0 neutral | je suis la gérante donc c'est ma décision
0 0 neutral | personne d'autre à impliquer c'est moi qui gère le budget
0 0 neutral | le conseil d'administration s'occupe pas de dépenses aussi petites
0 0 neutral | ma cheffe vient d'arriver elle prend ses marques
0 0 neutral | le daf était à votre webinaire le mois dernier
0 0 neutral | mon responsable gère les plannings moi je gère les outils
0 0 neutral | la responsable du cabinet est en arrêt aujourd'hui donc je suis seule
0 0 neutral | j'ai dit à mon directeur que je regardais deux trois solutions cette semaine
0 0 neutral | c'est moi qui décide donc vous pouvez me parler franchement
0 0 neutral | le patron a installé les lignes lui-même à l'époque
0 0 neutral | ma manager est en copie de votre mail mais elle répondra pas
0 0 neutral | j'ai besoin de l'avis de personne pour ça
"""

# Budget, price objection, and neutral price and invoice questions, French
B7_FR_PB = """
P - concerned | aïe c'est plus que toute notre facture téléphone
P - unimpressed | à ce prix-là il décroche tout seul j'espère
P - concerned | c'est le prix à la minute qui coince pour nous
P 0 neutral | y a moyen de bouger sur le mensuel
P - concerned | à ce niveau de prix on voit pas trop l'intérêt
P - surprised | attendez c'est par utilisateur pas par site
P 0 neutral | vous pourriez faire la première année moins chère pour qu'on se lance
P - concerned | ça fait beaucoup pour un cabinet de quatre vétos
P - concerned | rien que les frais d'installation c'est plus que ce que je pensais payer en tout
P 0 calm | si ça baissait d'un tiers on aurait une autre conversation
P - concerned | c'est dur à justifier pour une activité saisonnière
P - unimpressed | le prix a augmenté depuis votre dernier mail non
P 0 neutral | vous avez un tarif pour les assos parce que là ça pique
P - concerned | un peu costaud pour une auto-école de six moniteurs
P 0 neutral | vous pourriez nous offrir les frais de mise en route
P - unimpressed | à ce tarif je paye un étudiant pour écouter les appels
P 0 neutral | faites un effort sur la licence et on en reparle
P - concerned | l'option stockage double la facture c'est pas ok
B 0 neutral | on a à peu près six cents euros par mois pour tous les logiciels
B - worried | le chiffre d'affaires a baissé depuis les travaux donc c'est serré
B 0 neutral | l'argent de la collecte peut pas financer des logiciels il est fléché
B 0 neutral | faudrait que ça sorte du fonds d'amélioration du cabinet
B - concerned | gel des embauches et gel des dépenses en même temps
B 0 neutral | notre exercice se termine en août donc les nouveaux crédits arrivent en septembre
B 0 neutral | il reste environ quatre mille euros sur l'enveloppe informatique de l'année
B - worried | franchement on est tout juste à l'équilibre cette saison
B 0 neutral | on pourrait le passer sur la subvention innovation si ça rentre dans les critères
B - worried | après la réfection du toit il reste plus grand-chose
B 0 neutral | on a prévu une ligne pour ce genre d'outil dans le budget
B 0 neutral | toute dépense doit être répartie entre les trois cliniques
B 0 neutral | ça sortirait du plan de formation je pense
BP - concerned | on a tout simplement pas ce genre de somme pour un outil comme ça
BP - worried | même la plus petite formule dépasse ce qu'on a mis de côté
BU 0 neutral | on a un reliquat à dépenser avant mars
BR + happy | les fonds sont arrivés donc on peut y aller
0 0 neutral | la facturation se passe comment mensuelle ou annuelle
0 0 curious | c'est combien à peu près la formule petit cabinet
0 0 neutral | la facture peut aller sur l'adresse de la compta plutôt qu'à moi
0 0 neutral | la tva est comprise dans ce montant ou en plus
0 0 neutral | vous facturez par utilisateur ou par site
0 0 neutral | on paye par virement en général ça vous va
0 0 neutral | vous pouvez mettre notre numéro de bon de commande sur la facture
0 0 neutral | y a une durée minimum ou c'est sans engagement
0 0 neutral | si on ajoute un site plus tard le prix change comment
0 0 neutral | les minutes sont comprises ou facturées à part
0 0 neutral | le prix me paraît correct pour ce que ça fait
0 0 neutral | c'est moins cher que ce que je craignais en vrai
0 0 neutral | les factures peuvent être séparées par clinique
0 0 neutral | le premier prélèvement c'est quand
0 0 neutral | la remise dont vous parliez est déjà dans ce chiffre
0 0 neutral | notre comptable demande votre numéro de tva intracom
"""

# Frustration and the other signals, French
B7_FR_MISC = """
F - annoyed | bon c'est la troisième fois que j'explique la même chose alors allons-y
F - frustrated | j'ai attendu plus longtemps en musique d'attente que l'appel lui-même
F - annoyed | super encore un lien qui s'ouvre pas
F - frustrated | personne m'a rappelé de la semaine et je dis ça gentiment
F - annoyed | génial le correctif a cassé l'autre fonction
F - frustrated | je vous ai déjà envoyé les journaux deux fois
F - annoyed | c'est un peu décevant que ça arrive encore pour être honnête
F - frustrated | on commence à en avoir un peu assez des contournements
F - annoyed | bravo l'export est encore vide
F - frustrated | même problème autre semaine
F - annoyed | j'aimerais dire que ça m'étonne mais non
F - frustrated | à chaque appel je tombe sur quelqu'un de nouveau et je reprends tout depuis le début
F - annoyed | je suis à court de façons polies de le demander
F - frustrated | les conseillers prennent même plus la peine de le signaler
F - annoyed | pas génial de l'apprendre par un client
F - frustrated | on m'avait promis un retour lundi et on est jeudi
F - annoyed | merci pour le numéro de ticket ça m'aide énormément
F - frustrated | ça m'a bouffé toute ma matinée
F - annoyed | c'est pas dramatique mais ça commence à bien faire
F - frustrated | je le demande à chaque réunion depuis juin
FU - stressed | ça plante encore et on ouvre les lignes demain à huit heures
FH - hesitant | vu les dernières semaines je suis pas sûr de vouloir m'engager davantage
U - stressed | les nouveaux horaires des ferries démarrent le premier donc c'est juste
U 0 neutral | on le voudrait avant le rush des soldes de janvier
U - stressed | l'inspection arrive dans quinze jours et faut montrer quelque chose
U 0 neutral | on pourrait être opérationnels d'ici la fin de la semaine prochaine
X 0 confused | pardon je suis perdu c'est par conseiller ou par ligne
X 0 confused | attendez les enregistrements ils sont stockés où au final
X 0 confused | j'ai pas bien compris l'histoire des jetons
X 0 confused | euh c'est quelle formule qui a le coaching déjà dedans
H 0 hesitant | je sais pas si c'est le bon moment avec la saison qui démarre
H 0 hesitant | je suis un peu partagée franchement
H 0 hesitant | on va peut-être attendre après l'audit
I + excited | ah c'est vraiment malin en fait
I + happy | c'est exactement ce qu'il faut au service sinistres
I + excited | j'ai hâte de montrer ça aux moniteurs
R + happy | ok on part sur douze postes envoyez les papiers
R 0 neutral | il vous faut quoi de notre côté pour démarrer
R + happy | allez on y va pour les trois cliniques
IR + excited | j'adore on signe où
0 0 neutral | on a une trentaine de conseillers sur deux équipes
0 0 neutral | les lignes ouvrent à sept heures pour les réservations
0 0 neutral | vous m'entendez bien je suis en voiture
0 0 neutral | pardon les chiens aboient derrière
0 0 neutral | on n'utilise rien pour la qualité des appels pour l'instant
0 0 neutral | on part de zéro de ce côté-là franchement
0 0 neutral | aucun autre prestataire on vous a trouvés grâce à un podcast
0 0 neutral | le tableur c'est pour les plannings pas pour les appels
0 0 neutral | excel on s'en sert pour la compta ça n'a rien à voir
0 0 neutral | j'ai bossé chez un de vos concurrents il y a longtemps
0 0 neutral | nos clients sont surtout des agriculteurs donc les accents sont forts
0 0 neutral | on est pas mécontents de quoi que ce soit juste curieux
0 0 neutral | pas de souci pour les slides rien ne presse
0 0 neutral | c'est une entreprise familiale troisième génération
0 0 neutral | d'accord ça se tient
"""

# Agent turns, French
B7_FR_AGENT = """
0 0 neutral | je peux vous envoyer une synthèse pour le titulaire du cabinet
0 0 neutral | vous utilisez quoi aujourd'hui pour la qualité des appels
0 0 neutral | qui intervient d'habitude quand vous achetez un logiciel
0 0 neutral | on facture au mois par prélèvement
0 0 neutral | je peux me joindre à votre conseil d'administration si ça aide
0 0 neutral | je vois avec ma responsable si on peut faire un tarif asso
X 0 confused | pardon je m'y perds le standard alcatel il est chez vous ou hébergé
F - frustrated | franchement ça m'agace autant que vous que le correctif ait encore glissé
0 0 neutral | votre contrat avec l'opérateur actuel se termine quand
0 0 neutral | si vous me transférez l'autre devis je vous fais une comparaison
"""

# A second English block: more situations (gyms, lettings, recruitment, museums)
B7_EN_2 = """
C 0 neutral | the gyms all book classes through an app that records the call backs too
C 0 neutral | the lettings team logs every call in the property software we already pay for
C 0 neutral | we've got an old boy in accounts who built the call tracker in excel
C 0 neutral | the museum's box office uses a ticketing platform with its own phone module
C 0 neutral | the recruiters swear by the dialer they've got now
C 0 neutral | we're still paying the previous supplier for the recordings archive
C 0 neutral | the insurer we work for insists we use their panel provider for calls
C 0 neutral | a mate of the owner does our phones and a bit of reporting on the side
C 0 neutral | honestly our receptionist's notebook is the call log right now
C 0 neutral | we had someone in to pitch the same thing last month cheaper
CP - unimpressed | the chap who does our phones said he'd do it for a fraction of that
CF - frustrated | the current crowd have had our ticket open since easter
CF - annoyed | the old supplier still owes us a refund and won't pick up
CH 0 hesitant | the team only just learned the current dialer so i'm wary
D 0 neutral | the insurer has to approve any provider that touches their customers' calls
D 0 neutral | the letting agency's owners meet on the first monday and they'd decide
D 0 neutral | the museum director signs all contracts over a certain size
D 0 neutral | i'd need the recruitment partners to agree it's worth it
DH 0 hesitant | not sure the owners will go for another subscription this year
0 0 neutral | the owners are lovely they let us get on with things
0 0 neutral | i run the lettings side so it's my call
F - annoyed | oh marvellous the login's expired again
F - frustrated | i have asked nicely i have asked firmly and now i'm just asking
F - annoyed | i'm sure it's a coincidence it breaks every monday
P - concerned | honestly for a small letting agency that's a fair whack
P 0 neutral | could you do something on price if we sign for two years
B 0 neutral | the owners give me a fixed amount each quarter for systems
B - worried | the market's slow so cash is a bit thin on the ground
C 0 neutral | the claims handlers are on a platform the underwriter rents us
C 0 neutral | our booking agents use the old dialer from the company we merged with
C 0 neutral | um we tried building our own dashboards in power bi off the call logs
C 0 neutral | our outsourced helpdesk already sends us call transcripts as pdfs
C 0 neutral | there's an offer from the phone company to add ai scoring for a tenner a seat
C - skeptical | the lot we had before sold us a dashboard nobody ever opened
C - unimpressed | we pay the current people for a quality module that's basically a word counter
CP 0 neutral | the other quote is per site so yours works out dearer for us
CF - annoyed | the incumbent's idea of support is a faq from 2019
CD 0 neutral | the underwriter would have to approve swapping out their platform
D 0 neutral | the head of the gym chain has to see a demo before anything
D 0 neutral | i'd have to sell it to the partners at the away day
D 0 neutral | nothing gets bought without the bursar's okay
D 0 neutral | the courier franchise holder decides on anything over two hundred a month
DP - concerned | the bursar's going to ask why it costs more than the photocopier lease
0 0 neutral | the bursar sends her regards she saw your talk
0 0 neutral | my boss told me to grab lunch first so i might be a bit late to the next call
0 0 neutral | i'm the bursar so the money side is mine
F - frustrated | as i said last time and the time before the reports don't match
F - annoyed | i'm sure your roadmap is lovely but we need it working today
F - frustrated | three engineers three different answers
F - annoyed | well that's one way to spend a friday afternoon
P - concerned | that would wipe out most of what we save on staff
P 0 neutral | is that the best you can do on the per seat price
P - unimpressed | you're having a giggle with that setup charge
B 0 neutral | the bursary fund can't be touched so it'd be from the general pot
B - concerned | the accounts are being audited so nobody's spending anything till that's closed
B 0 neutral | we've got a few hundred a month freed up since we dropped the fax lines
0 0 neutral | can the school get the invoice in euros for the french campus
0 0 neutral | what happens to the price if we drop a user halfway
0 0 neutral | the finance office pays on thirty days is that standard for you
U - stressed | the new intake starts in ten days and we've nothing in place
X 0 confused | sorry is the coaching a separate login or the same one
H 0 hesitant | i'd like to think about it over the bank holiday
I + excited | oh the bursar's going to love that report
0 0 neutral | is the price the same for the museum and the shop
0 0 neutral | do you send a receipt after each payment
0 0 neutral | we don't use any software for this yet
"""

# A second French block: mutuelles, campings, pharmacies, nursing homes, rugby clubs
B7_FR_2 = """
C 0 neutral | la mutuelle fait tourner ses conseillers sur l'outil que l'assureur nous loue
C 0 neutral | les réservations du camping passent par une plateforme qui enregistre déjà les appels
C 0 neutral | la pharmacie utilise le standard fourni par le groupement
C 0 neutral | euh on a un cahier à l'accueil c'est ça notre suivi d'appels en gros
C 0 neutral | un pote du patron s'occupe de la téléphonie et nous sort deux trois stats
C 0 neutral | on a déjà essayé de faire nos tableaux sur power bi à partir des journaux d'appels
C 0 neutral | notre prestataire de hotline nous envoie les transcriptions en pdf
C 0 neutral | l'opérateur nous propose l'analyse ia pour dix euros le poste
C 0 neutral | on paye encore l'ancien fournisseur pour garder les archives
C 0 neutral | quelqu'un est venu nous présenter la même chose le mois dernier moins cher
C - skeptical | les précédents nous avaient vendu un tableau de bord que personne a jamais ouvert
C - unimpressed | on paye aux actuels un module qualité qui compte juste des mots
CP 0 neutral | l'autre devis est par site donc vous revenez plus cher pour nous
CP - unimpressed | le gars qui fait notre téléphonie dit qu'il le ferait pour trois fois rien
CF - annoyed | le support de l'opérateur actuel c'est une faq de 2019
CF - frustrated | les actuels ont notre ticket ouvert depuis pâques
CH 0 hesitant | les équipes viennent à peine d'apprendre l'outil actuel donc j'hésite
CD 0 neutral | l'assureur doit valider tout changement de plateforme qui touche ses clients
D 0 neutral | le président du club doit voir une démo avant quoi que ce soit
D 0 neutral | faudrait que je le vende aux associés au séminaire
D 0 neutral | rien ne s'achète sans l'accord de l'économe
D 0 neutral | le titulaire de la pharmacie décide de tout ce qui dépasse deux cents euros par mois
D 0 neutral | le conseil de la mutuelle doit l'inscrire à l'ordre du jour
DH 0 hesitant | pas sûr que les propriétaires veuillent un abonnement de plus cette année
DP - concerned | l'économe va demander pourquoi ça coûte plus que la location du photocopieur
0 0 neutral | le président du club vous passe le bonjour il a vu votre conférence
0 0 neutral | mon chef m'a dit d'aller manger d'abord donc je serai peut-être en retard
0 0 neutral | je suis l'économe donc l'argent c'est moi
0 0 neutral | les propriétaires sont adorables ils nous laissent faire
F - frustrated | comme je l'ai dit la dernière fois et celle d'avant les rapports collent pas
F - annoyed | votre feuille de route est sûrement très belle mais on en a besoin aujourd'hui
F - frustrated | trois techniciens trois réponses différentes
F - annoyed | oh magnifique la session a encore expiré
F - annoyed | c'est sûrement un hasard si ça plante tous les lundis
P - concerned | ça mangerait presque tout ce qu'on économise sur le personnel
P 0 neutral | c'est votre meilleur prix par poste
P - unimpressed | les frais de mise en place vous rigolez
P - concerned | pour une petite agence immobilière c'est une sacrée somme
B 0 neutral | les propriétaires me donnent une somme fixe par trimestre pour les outils
B - worried | le marché est calme donc la trésorerie est un peu juste
B - concerned | les comptes sont en cours d'audit donc personne dépense rien avant la clôture
B 0 neutral | on a libéré quelques centaines d'euros par mois en arrêtant les lignes fax
0 0 neutral | vous facturez en euros ou en francs suisses
0 0 neutral | le prix change comment si on enlève un utilisateur en cours de route
0 0 neutral | la compta paye à trente jours c'est standard chez vous
0 0 neutral | on a aucun logiciel pour ça pour l'instant
U - stressed | la rentrée c'est dans dix jours et on a rien en place
X 0 confused | pardon le coaching c'est un autre identifiant ou le même
H 0 hesitant | je préfère y réfléchir pendant le pont
I + excited | oh l'économe va adorer ce rapport
"""

FR_BLOCKS = [(B7_FR_C, "fr", "client"), (B7_FR_D, "fr", "client"), (B7_FR_PB, "fr", "client"),
             (B7_FR_MISC, "fr", "client"), (B7_FR_AGENT, "fr", "agent"),
             (B7_EN_2, "en", "client"), (B7_FR_2, "fr", "client")]
