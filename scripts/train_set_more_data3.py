"""Notation blocks of train_set_more.py (part 3 of 5): B4_FR_2, B4_FR_3, B4_FR_NEG, B4_FR_AGENT.

Kept apart so every file stays under 500 lines; train_set_more.py reads them."""

B4_FR_2 = """
D 0 neutral | faut que j'en touche un mot à mon associé
D 0 neutral | c'est la direction qui tranchera de toute façon
D 0 neutral | euh ça doit passer en comité d'investissement
D 0 neutral | c'est ma femme qui gère les comptes donc elle aura son mot à dire
D 0 neutral | mon mari s'occupe de la partie administrative je dois voir avec lui
D 0 neutral | le daf voudra voir les chiffres avant
D 0 neutral | je fais le tour des solutions mais c'est mon directeur qui choisit
D 0 neutral | les achats reprennent la main pour la négo
D 0 neutral | il faut l'accord du siège pour toutes les agences
D 0 neutral | le rssi doit donner son feu vert
D 0 neutral | le gérant rentre lundi c'est lui qui décide ce genre de trucs
D 0 neutral | bah c'est pas moi qui signe au final
D 0 neutral | on a un comité de sélection des fournisseurs
D 0 neutral | c'est le conseil d'administration qui valide les engagements sur trois ans
D 0 neutral | je dois présenter ça au comex
D 0 neutral | le franchisé doit donner son accord
D 0 neutral | je suis prescripteur mais pas décideur
D 0 neutral | faut que je convainque ma n plus deux
D 0 neutral | il faut deux signatures au-dessus de mille euros
D 0 neutral | vous pouvez me faire un résumé que je montre à mon directeur
D 0 neutral | ma responsable est en congé donc rien ne bouge avant son retour
D 0 neutral | le juridique et la finance doivent valider tous les deux
D 0 neutral | je remonte ça à la direction commerciale
D 0 neutral | les associés votent sur ce genre de dépense
D 0 neutral | c'est notre pdg qui arbitre au final
D 0 neutral | Je ne suis pas habilité à signer ce type de contrat.
D 0 neutral | La décision finale revient à notre directeur des opérations.
D 0 neutral | Tout achat de ce type doit être validé par la DSI groupe.
D 0 neutral | euh faut que je voie avec les chefs d'équipe et ma direction
D 0 neutral | mon boss voudra être sur le prochain appel
D 0 neutral | le cabinet comptable valide nos gros achats
D 0 neutral | c'est le patron qui a les cordons de la bourse
D - concerned | mon directeur est assez réfractaire aux nouveaux outils
D 0 neutral | je vais devoir faire valider ça en réunion de direction lundi
DU 0 neutral | si le comité valide mardi on voudrait démarrer le premier
DU - stressed | je dois avoir la signature du boss avant vendredi sinon on perd le créneau
DH 0 hesitant | ça me plaît mais je sais pas si mon directeur va suivre
DH 0 hesitant | je préfère en parler à mon associé avant de m'avancer
DB 0 neutral | c'est la finance qui dira s'il y a du budget
DB 0 neutral | la responsable du budget c'est notre directrice des opérations donc c'est elle qui voit
DP - concerned | mon patron va s'étrangler en voyant ce chiffre
DP - concerned | jamais les achats valideront à ce prix-là
DX 0 confused | je dois expliquer ça à ma direction et franchement j'ai pas encore tout compris
DI + excited | j'adore je vais pousser fort auprès de mon boss
DR + happy | mon directeur vient de dire oui on y va
B 0 neutral | il nous reste genre cinq mille dans l'enveloppe cette année
B - worried | niveau trésorerie c'est tendu depuis la réorganisation
B 0 neutral | notre budget outils repart à zéro en avril
B 0 neutral | ça sortirait du budget informatique pas du nôtre
B - worried | on est entre deux levées de fonds donc on fait gaffe à chaque euro
B 0 neutral | on a prévu environ deux cents euros par mois et par équipe pour les logiciels
B - concerned | gel des embauches et gel des dépenses donc voilà
B 0 neutral | faudrait basculer de l'argent de la ligne formation
B 0 neutral | notre exercice se clôture en juin donc les budgets se font maintenant
B - worried | on attend le paiement d'un gros client avant de pouvoir dépenser
B 0 neutral | la subvention couvre le matériel pas les abonnements
B 0 neutral | on n'a pas encore de ligne budgétaire pour ça
B 0 neutral | on nous a demandé de réduire les coûts de dix pour cent
B - worried | après le dernier trimestre on a pas beaucoup de marge
B 0 neutral | on pourrait peut-être trouver des sous au troisième trimestre
B 0 neutral | on budgète par projet et celui-ci est déjà bouclé
B 0 neutral | on est autofinancés donc tout sort du chiffre d'affaires
B - concerned | tout le budget est parti dans le nouveau standard
B 0 neutral | Nous fonctionnons avec un budget annuel fixe voté en janvier.
B 0 neutral | Notre enveloppe discrétionnaire est très limitée ce trimestre.
B 0 neutral | euh faudra attendre le prochain cycle budgétaire
B 0 neutral | l'argent est là mais il est fléché jusqu'en septembre
B - worried | on est une petite asso les fonds sont toujours justes
B 0 neutral | notre plafond pour ce genre d'outil c'est dix mille par an
B - worried | on vient de se séparer de deux personnes donc l'argent c'est sensible
B 0 neutral | c'est le client qui paye les outils sur son compte pas nous
B 0 neutral | bah du coup le budget c'est genre trois cents balles par mois max
B - worried | on est un peu à sec en ce moment
B 0 neutral | les sous pour ça arrivent au nouvel exercice
B - concerned | le budget a été divisé par deux à la dernière revue
BU 0 neutral | faut dépenser ce budget avant mars sinon on le perd
BU - stressed | si on engage pas l'argent ce mois-ci il repart au groupe
BH 0 hesitant | on verra comment se présente le budget au prochain trimestre
BR 0 neutral | l'enveloppe est validée donc on peut y aller
P - concerned | euh c'est beaucoup plus que ce que j'espérais
P - unimpressed | si ça commençait par un deux et pas par un quatre on en parlerait
P - concerned | c'est plus cher que notre loyer franchement
P - surprised | pardon c'est par utilisateur ça c'est énorme
P 0 neutral | y a moyen de faire un effort sur le tarif
P - concerned | ça fait mal au porte-monnaie quand même
P - unimpressed | pour ce prix-là j'embauche un stagiaire pour prendre des notes
P - concerned | les frais d'installation en plus ça fait lourd
P 0 neutral | c'est quoi votre meilleur prix sur l'annuel
P - concerned | les minutes facturées en plus ça chiffre vite
P - unimpressed | vous vous mettez hors de prix pour les petites structures
P - concerned | je suis pas sûr que ça vaille ce prix-là
P 0 neutral | vous pouvez revoir votre copie sur le prix
P - surprised | ah oui quand même c'est ambitieux comme tarif
P - concerned | c'est cher pour ce qu'on utiliserait vraiment
P - unimpressed | c'est du vol
P - concerned | aïe ça pique
PC 0 neutral | vous feriez un geste si on vous montre un devis moins cher
P - concerned | j'ai failli m'étouffer en voyant le total
P - unimpressed | franchement c'est surfacturé pour ce que c'est
P 0 neutral | vous pouvez au moins offrir les frais de mise en service
P - concerned | trois mille euros juste pour l'installation c'est beaucoup
P - unimpressed | combien pour l'option ia en plus sérieux
P - concerned | Le tarif proposé est nettement au-dessus du marché.
P 0 neutral | Il nous faudrait une remise significative pour avancer.
P - concerned | Le prix est difficile à justifier au vu de notre volume.
P - concerned | c'est salé quand même
P - unimpressed | c'est hors de prix votre bazar
P - concerned | ça fait une sacrée douloureuse à la fin du mois
P - concerned | bah c'est pas donné hein
PR 0 neutral | si vous descendez sous les trois cents je signe moi-même
P - concerned | ça coûte un bras
PB - worried | à ce prix-là ça mangerait tout notre budget outils
PB - concerned | on a à peu près la moitié de ce que vous demandez
PH - hesitant | je suis pas sûr qu'on puisse justifier autant pour l'instant
PR 0 neutral | baissez de dix pour cent et on signe aujourd'hui
PI 0 neutral | on adore le produit c'est juste le prix qui coince
"""

B4_FR_3 = """
U - stressed | il nous faut ça avant l'arrivée des nouveaux lundi
U 0 neutral | notre haute saison commence dans trois semaines
U - stressed | franchement on est déjà en retard sur ce sujet
U 0 neutral | l'échéance réglementaire c'est la fin du mois
U 0 neutral | vous pouvez nous mettre en service en combien de temps réalistement
U - stressed | on peut pas rester un mois de plus sans enregistrement
U 0 neutral | on ouvre un nouveau site dans dix jours
U - stressed | c'est limite une urgence notre vieux système lâche vendredi
U 0 neutral | on voudrait démarrer le plus tôt possible
U 0 neutral | la campagne part le cinq donc idéalement avant
U - stressed | le pdg veut des résultats d'ici la fin du trimestre
U 0 neutral | y a moyen d'accélérer l'onboarding
U 0 neutral | faut qu'on avance vite là-dessus
U - stressed | chaque jour qui passe on rate des appels
U - worried | on arrive au bout avec l'ancienne plateforme
U 0 neutral | Notre date de mise en production est fixée au premier du mois prochain.
U 0 neutral | Nous avons besoin d'un déploiement sous quinze jours.
U 0 neutral | idéalement faut que ça tourne avant les fêtes
U - stressed | on est charrette niveau planning
U 0 neutral | les auditeurs passent dans six semaines
U 0 neutral | vous pouvez mettre quelqu'un dessus cette semaine
U - stressed | nos licences expirent samedi c'est maintenant ou jamais
U 0 neutral | on a une petite fenêtre avant le rush de l'été
U 0 neutral | euh genre faudrait que ce soit prêt pour la semaine pro
X 0 confused | pardon un poste et une licence c'est pas la même chose
X 0 confused | attendez c'est par mois ou par an ça
X 0 confused | euh j'ai pas bien saisi comment les transcriptions arrivent dans le crm
X 0 puzzled | du coup c'est quelle formule qui a le coaching déjà
X 0 confused | je suis un peu perdu sur le calcul des minutes
X 0 confused | attendez ça veut dire que mes conseillers doivent changer de casque
X 0 confused | pardon vous avez dit que l'ia écoute mais qui voit les résultats
X 0 confused | je vois pas bien à quoi sert le score de sentiment
X 0 confused | vous entendez quoi par espace de travail exactement
X 0 confused | vous pouvez reprendre la partie contrat je me suis embrouillé
X 0 puzzled | euh c'est dans le navigateur ou faut installer un truc
X 0 confused | Je ne suis pas certain de comprendre comment fonctionnent les paliers tarifaires.
X 0 confused | Pourriez-vous préciser ce qui est inclus dans l'offre de base ?
X 0 confused | désolé je suis pas très technique c'est quoi une api
X 0 confused | du coup on garde nos numéros ou on en a des nouveaux
X 0 puzzled | ça colle pas avec ce que votre collègue m'a dit la semaine dernière
X 0 confused | bah concrètement il se passe quoi quand un appel arrive
X 0 confused | vous m'avez perdu avec les règles de routage
X 0 confused | je comprends pas à quoi correspondent les frais d'onboarding
X 0 confused | l'essai c'est la version complète ou une version limitée
X 0 puzzled | hmm comment il sait à quel client il parle
X 0 confused | j'ai du mal à voir comment ça marche au quotidien
X 0 confused | c'est pas clair pour moi cette histoire de connecteurs
XP - confused | attendez pourquoi le prix est pas le même que sur le site
I + excited | ah mais c'est pile ce qu'on voulait
I + happy | franchement les suggestions en direct ça change tout
I + excited | waouh je vois déjà mon équipe l'utiliser tous les jours
I + happy | les résumés d'appel sont nickel
I + happy | ça nous ferait gagner des heures chaque semaine
I + excited | bon là vous avez toute mon attention
I + happy | mes superviseurs vont adorer la vue en temps réel
I + happy | c'est bien plus agréable que tout ce qu'on a vu
I + excited | oh c'est canon ça
I + happy | on s'en servirait tout le temps
I + happy | C'est précisément ce que notre service qualité réclame depuis longtemps.
I + happy | Je suis très impressionné par la qualité des transcriptions.
I + excited | franchement rien que ça ça vaut le coup
I + happy | la synchro crm c'est pile ce qu'il nous faut
I + excited | c'est vraiment trop cool
I + happy | je suis conquis par la partie coaching
I + happy | on en rêvait de ce genre d'outil
I + happy | mes commerciaux vont être ravis
I + excited | c'est la fonctionnalité que j'espérais voir
I + happy | top top top
IU + excited | il nous le faut avant la haute saison c'est parfait
H 0 hesitant | il faut que je réfléchisse
H 0 hesitant | euh pas sûr qu'on soit prêts pour ça
H 0 hesitant | on en reparle dans quelques semaines
H - skeptical | pas convaincu que ça marche avec nos accents du sud
H 0 hesitant | ça a l'air bien mais je sais pas si c'est la priorité
H 0 hesitant | on attendra peut-être la fin de la réorganisation
H 0 hesitant | j'ai le cul entre deux chaises
H 0 hesitant | on met ça de côté pour l'instant
H - skeptical | je suis un peu méfiant avec une ia qui écoute tous les appels
H 0 hesitant | j'aimerais parler à un de vos clients d'abord
H 0 hesitant | on regardera à nouveau après noël
H 0 hesitant | Je préférerais prendre un peu de temps avant de décider.
H 0 hesitant | Nous ne sommes pas en mesure de nous engager à ce stade.
H - skeptical | pas sûr que mon équipe change ses habitudes
H 0 hesitant | je veux pas me précipiter
H 0 hesitant | on peut faire un petit pilote d'abord pour voir
H 0 hesitant | c'est pas un non c'est un pas encore
H - skeptical | on nous a déjà promis monts et merveilles
H 0 hesitant | je reviens vers vous là-dessus
H 0 hesitant | bof je sais pas trop
H 0 hesitant | je suis encore en train de peser le pour et le contre
H 0 hesitant | euh on va laisser décanter un peu
R + happy | bon allez envoyez-moi les papiers
R + happy | ok on part là-dessus vous avez besoin de quoi de ma part
R 0 neutral | vous pouvez m'envoyer le contrat pour vingt-cinq postes
R + happy | oui allez-y ouvrez-nous les accès
R 0 neutral | on démarre comment maintenant
R + happy | parfait on signe cette semaine
R 0 neutral | envoyez-moi le bon de commande je le remplis ce soir
R + happy | bon vous m'avez convaincu
R 0 neutral | on démarre quand si on signe aujourd'hui
R 0 neutral | Nous sommes prêts à partir sur l'offre annuelle.
R 0 neutral | Merci de nous transmettre le contrat pour signature.
R + happy | on officialise
R + happy | allez on lance l'onboarding
R 0 neutral | je peux payer par carte pour commencer tout de suite
R + happy | on prend
R 0 neutral | j'envoie le bon de commande à qui
R + happy | banco pour la formule pro
R 0 neutral | calez le lancement mardi prochain
R + happy | je signe là maintenant
R 0 neutral | ajoutez les postes au contrat et c'est parti
"""

B4_FR_NEG = """
0 0 neutral | la grille tarifaire est sur votre site c'est ça
0 0 neutral | vous pouvez envoyer la facture à la compta
0 0 neutral | le prix c'est pas vraiment ce qui bloque
0 0 neutral | on utilise rien d'autre pour ça aujourd'hui
0 0 neutral | personne d'autre n'intervient c'est moi qui pilote
0 0 neutral | c'est mon boss qui vous a trouvés en fait
0 0 neutral | mon responsable vous passe le bonjour
0 0 neutral | on n'a jamais utilisé ce genre d'outil
0 0 neutral | niveau coût c'est dans ce qu'on avait prévu
0 0 neutral | non aucun autre fournisseur on est venus directement chez vous
0 0 neutral | vos conditions de paiement c'est trente jours
0 0 neutral | vous facturez en euros
0 0 neutral | euh je vais me chercher un café deux secondes
0 0 neutral | on a environ quatre-vingts conseillers sur trois pays
0 0 curious | vous existez depuis combien de temps
0 0 curious | les superviseurs peuvent souffler des conseils pendant l'appel
0 0 neutral | on est surtout basés à nantes
0 0 neutral | l'équipe finit à dix-huit heures donc avant c'est bon
0 0 neutral | ok limpide merci bien
0 0 neutral | rien ne presse c'est pour la planification de l'an prochain
0 0 neutral | on n'est mécontents de rien on voulait juste vous connaître
0 0 neutral | je suis pas fâché je voulais juste le signaler
0 0 neutral | côté prix on est à l'aise
0 0 neutral | c'est en euros hors taxes
0 0 neutral | envoyez-moi le devis je le classe
0 0 neutral | la tva est comprise dedans
0 + happy | la dernière facture était moins élevée que prévu sympa
0 0 neutral | comment je mets à jour la carte bancaire
0 0 neutral | vous pouvez renvoyer la facture du mois dernier avec notre numéro de tva
0 0 neutral | euh ma collègue julie sera sur le prochain appel elle est aux opérations
0 0 neutral | aucun concurrent dans la course promis
0 0 neutral | franchement c'est pas si cher
0 0 neutral | l'argent c'est pas le sujet
0 0 curious | vous avez un programme partenaire pour les revendeurs
0 0 curious | c'est quoi la feuille de route pour l'année prochaine
0 0 neutral | ok c'est noté
0 0 neutral | d'accord
0 0 neutral | hmm ouais
0 0 neutral | ouais ouais ça se tient
0 0 neutral | pardon quelqu'un vient d'entrer une seconde
0 + amused | ha mon chat vient de marcher sur le clavier
0 0 neutral | vous m'entendez là j'ai mis le casque
0 0 neutral | on fait surtout des appels entrants pour des sinistres
0 0 neutral | on tourne en deux équipes la semaine et une le samedi
0 0 neutral | la plupart de nos appels durent moins de cinq minutes
0 0 neutral | tous nos conseillers bossent de chez eux
0 0 curious | ça marche bien avec l'accent belge
0 0 curious | on peut exporter les transcriptions en csv
0 0 curious | y a une appli mobile
0 0 curious | vos serveurs sont où
0 0 neutral | oui j'ai la présentation sous les yeux
0 0 neutral | je suis responsable du plateau donc je gère les conseillers
0 0 neutral | j'ai toute latitude sur ce dossier
0 0 neutral | pas besoin d'accord pour les outils sous dix mille euros
0 0 neutral | je suis pas perdu je veux juste confirmer la date
0 0 neutral | pas de date butoir on fait juste du cadrage
0 0 calm | prenez votre temps aucune pression de notre côté
0 + happy | merci d'être aussi patient avec mes questions
0 0 neutral | le prix c'est le prix je comprends
0 0 neutral | ça me paraît correct comme tarif
0 0 neutral | la page des tarifs était assez claire
0 0 neutral | j'ai regardé vos prix sur le site avant l'appel
0 0 curious | le prix inclut le support
0 0 neutral | vous acceptez quels moyens de paiement
0 0 neutral | la compta gère les factures donc mettez l'adresse générique
0 0 neutral | mon chef est en vacances mais ça change rien
0 0 neutral | j'ai bossé chez ringover avant marrant hein
0 0 neutral | j'ai vu votre pub sur linkedin
0 0 neutral | c'est un ami qui vous a recommandés
0 0 neutral | on vous a trouvés sur google
0 0 neutral | je vous ai vus au salon à paris
0 0 neutral | on n'est liés à aucun autre prestataire
0 0 neutral | on n'a de contrat avec personne pour ça
0 0 neutral | je suis pas du tout agacé c'était une bonne question
0 0 neutral | l'onboarding s'est très bien passé en fait
0 + happy | le support a réglé mon souci en dix minutes la dernière fois
0 0 neutral | on est une équipe de douze donc rien de compliqué
0 0 neutral | il me faudrait les documents de sécurité pour nos archives
0 0 neutral | vous pouvez mettre mon assistante en copie
0 0 curious | il se passe quoi si on dépasse nos minutes
0 0 curious | on peut changer le nombre de postes plus tard
0 0 neutral | ok donc trente-neuf le poste c'est noté
0 0 neutral | oui je vois votre écran
0 0 neutral | une seconde je coupe l'autre appel
0 + amused | ouais c'est une de ces semaines
0 + happy | bon week-end à vous
0 0 neutral | on se parle jeudi alors
0 0 neutral | c'est moi qui serai votre contact au quotidien
0 0 neutral | notre informaticien s'occupera de l'installation
0 0 neutral | on a déjà eu une démo chez vous l'an dernier
0 0 neutral | on regarde personne d'autre pour l'instant
0 0 neutral | on n'a pas de prestataire actuel pour ça
0 0 neutral | notre contrat chez vous se renouvelle tout seul c'est ça
0 0 curious | les résumés sont dispo en combien de langues
0 0 neutral | votre collègue m'a envoyé l'étude de cas
0 0 neutral | je dois raccrocher à quinze heures pile
0 0 neutral | Nous traitons environ cinq cents appels par jour.
0 0 neutral | Nos bureaux sont fermés les jours fériés.
0 0 curious | Quelles certifications avez-vous en matière de protection des données ?
0 0 neutral | La tarification est claire, merci.
0 0 neutral | Nous ne travaillons avec aucun autre éditeur sur ce sujet.
0 0 neutral | J'ai le pouvoir de valider cet achat.
0 0 neutral | Il n'y a pas d'échéance particulière de notre côté.
0 0 neutral | franchement le prix me va
0 0 neutral | on compare avec personne
0 + happy | merci c'était utile
0 0 neutral | euh du coup on en était où
0 0 neutral | genre on rappelle surtout les leads du site
0 0 neutral | euh je peux vous demander qui d'autre dans mon secteur vous utilise
0 0 neutral | j'ai une réunion d'équipe après donc j'en parlerai
0 0 neutral | je vais partager l'enregistrement avec l'équipe
0 0 neutral | bah écoutez c'est très clair
0 0 neutral | je n'ai besoin de la validation de personne pour ça
0 0 neutral | je suis pas énervé hein c'est juste une question
0 0 neutral | aucun souci de budget de ce côté
"""

B4_FR_AGENT = """
0 0 neutral | alors l'offre pro est à quarante-neuf euros par conseiller et par mois en annuel
0 0 neutral | l'offre entreprise démarre autour de deux mille euros par mois
0 0 neutral | il y a des frais de mise en service de cinq cents euros
0 0 neutral | on peut vous faire quinze pour cent si vous vous engagez sur deux ans
0 0 curious | vous utilisez quoi pour la téléphonie aujourd'hui
0 0 curious | vous avez regardé d'autres solutions jusqu'ici
0 0 neutral | beaucoup de nos clients viennent de chez aircall d'ailleurs
0 0 neutral | on s'intègre nativement avec salesforce et hubspot
0 0 curious | à part vous qui a voix au chapitre
0 0 neutral | je peux vous préparer une synthèse pour votre daf
0 0 curious | ça se passe comment la validation de votre côté
0 0 curious | vous avez déjà un budget dédié pour ce projet
0 0 neutral | votre exercice commence quand
0 0 neutral | on peut mensualiser si la trésorerie est un sujet
0 0 curious | vous en auriez besoin pour quand
0 0 neutral | la mise en place prend une dizaine de jours ouvrés
0 0 neutral | on peut accélérer le déploiement si la date est serrée
0 0 apologetic | je suis vraiment désolé que vous ayez dû rappeler autant de fois
0 0 calm | je comprends tout à fait je regarde ce que je peux faire
0 0 neutral | j'ai fait remonter le ticket à l'équipe technique
0 0 neutral | vous aurez un retour d'ici ce soir
0 0 calm | j'entends que le prix vous pose question regardons les options
0 0 neutral | je récapitule ce qu'on a vu
0 0 neutral | jusque-là c'est clair pour vous
0 0 neutral | je vous envoie le contrat par signature électronique cet après-midi
0 + happy | super bienvenue chez nous
0 0 neutral | on cale un point la semaine prochaine
0 0 neutral | je fais venir notre avant-vente pour la partie technique
0 0 neutral | je partage mon écran
0 0 neutral | voilà le panneau de coaching en direct
0 0 neutral | le résumé arrive dans le crm dès la fin de l'appel
0 0 neutral | l'essai vous donne accès à tout pendant quatorze jours
0 0 neutral | pas d'engagement minimum sur le mensuel
0 + confident | la plupart des clients sont rentabilisés en un trimestre
0 0 calm | aucune pression prenez le temps qu'il faut
0 0 neutral | euh du coup les transcriptions sont hébergées en france
0 0 neutral | pardon vous avez coupé une seconde
0 0 neutral | bonjour merci de prendre l'appel
0 0 neutral | c'est toujours un bon moment pour vous
0 0 neutral | nos concurrents facturent l'ia à part nous non
0 0 neutral | on est moins chers que talkdesk sur la plupart des configurations
0 0 neutral | je note la demande de remise et je vois avec mon responsable
0 0 neutral | mon directeur peut valider jusqu'à vingt pour cent
0 0 neutral | le prix par poste baisse au-delà de cinquante utilisateurs
0 0 neutral | c'est le prix catalogue avant remise
0 0 neutral | ça ferait environ mille cent euros par mois tout compris
0 0 calm | c'est une remarque légitime sur le coût
0 0 neutral | je peux bloquer ce tarif jusqu'à la fin du mois
0 0 neutral | on a une équipe migration qui gère la bascule pour vous
0 0 neutral | on reprend vos numéros existants gratuitement
X 0 confused | pardon j'ai pas saisi vous avez dit quel crm
X 0 confused | excusez-moi je suis perdu c'est l'ancien compte ou le nouveau
F - frustrated | je suis aussi agacé que vous par cette panne croyez-moi
0 0 neutral | je regarde votre compte
0 0 neutral | vous pouvez m'épeler le nom de la société
0 0 neutral | je vous inscris pour la session d'onboarding
0 + happy | merci de m'avoir accordé ce moment
0 0 curious | c'est quoi le plus gros casse-tête pour votre équipe en ce moment
0 0 neutral | vous pouvez résilier à tout moment sur le mensuel
0 0 neutral | on a une promo ce mois-ci sur les abonnements annuels
0 0 neutral | euh c'est prévu dans la roadmap pour le deuxième trimestre
"""
