"""Notation blocks of train_set.py (part 2 of 5): B1_FR, B1_FR_AGENT.

Kept apart so every file stays under 500 lines; train_set.py reads them."""

B1_FR = """
P - concerned | ouais euh c'est quand même une sacrée somme pour ce que c'est
P - surprised | ah ouais quand même c'est chaud niveau prix
P - concerned | bah franchement ça pique un peu là
PB - concerned | à ce prix-là on peut pas suivre
P - unimpressed | c'est pas donné votre truc hein
P 0 neutral | on pensait plutôt à la moitié de ça honnêtement
P - concerned | honestly c'est cher pour une boîte de notre taille
P - concerned | le pricing il est clairement too much pour une équipe de cinq
P - concerned | euh le tarif par utilisateur ça fait vite grimper la note
P 0 neutral | Un petit geste commercial sur le prix, c'est envisageable ?
P - concerned | ouille c'est raide
P - concerned | ça fait cher la minute d'appel
P - unimpressed | franchement c'est abusé comme prix
P - concerned | cest bien trop chere pour ce qu'on fait la
P - surprised | combien ?? ah ouais d'accord c'est costaud
P - concerned | les frais de mise en place en plus ça fait beaucoup
P - concerned | ca commence a chiffrer serieusement
P 0 neutral | il faudrait descendre un peu pour que ça passe
B - worried | on a pas un rond en ce moment
B 0 neutral | on a environ quinze mille de côté pour l'année
B 0 neutral | euh le budget informatique est voté en décembre
B - worried | la treso est dans le rouge depuis l'ete
B 0 neutral | faut voir si ça rentre dans le budget formation
B 0 neutral | on est financés par une subvention donc c'est encadré
B - worried | on est une asso on compte chaque euro
B 0 neutral | on peut mettre grand max deux cents euros par mois
B 0 neutral | ça irait sur quelle ligne budgétaire chez nous ça
B - worried | les budgets sont gelés jusqu'à nouvel ordre
B 0 neutral | on aura du budget qu'en début d'exercice
B 0 neutral | en fait c'est notre client final qui paye l'outil
B 0 neutral | notre budjet marketing est deja bien entamé
B 0 neutral | du coup on a genre cinq k à mettre max
B - worried | on a pas les fonds pour l'instant faut être honnête
BD 0 neutral | le budget c'est la maison mère qui le gère
BU 0 neutral | il nous reste du budget à consommer avant le 31 décembre
C 0 neutral | on est chez aircall en ce moment et ça se passe bien
C 0 neutral | euh on a un rendez-vous avec un autre éditeur jeudi
C 0 neutral | notre dsi pense qu'on pourrait le développer nous-mêmes
C 0 curious | vous vous situez comment par rapport à ringover
C 0 neutral | On a déjà reçu deux devis d'autres prestataires.
C 0 neutral | on bricole avec un fichier excel et des macros pour l'instant
C 0 neutral | on a teste un concurent l'an dernier
C 0 neutral | en fait on compare trois offres en ce moment
C 0 neutral | on utilise le module téléphonie de zendesk aujourd'hui
C 0 neutral | une boîte nous a démarchés avec une offre similaire
C 0 curious | c'est quoi votre plus par rapport à ce qu'on a déjà
CP - unimpressed | chez l'autre presta c'était quasi moitié prix
CP - concerned | on paye deux fois moins aujourd'hui avec notre solution actuelle
CU 0 neutral | notre abonnement actuel s'arrête fin juin faut qu'on ait basculé avant
CF - annoyed | on veut quitter notre fournisseur actuel il nous lâche tout le temps
C 0 neutral | le concurrent propose un essai gratuit de trente jours
C 0 neutral | on a un prestataire historique qu'on connaît bien
U - stressed | c'est pour hier en fait
U 0 neutral | faut que ce soit en place avant l'audit de mars
U - stressed | on a un deadline serré là
U 0 neutral | on ouvre le nouveau plateau dans trois semaines
U - stressed | euh c'est assez chaud niveau timing
U 0 neutral | il faut que ça tourne avant les soldes
U 0 neutral | vous pouvez faire la mise en place en combien de temps parce que ça urge
U - stressed | on a zéro marge sur le planning
U 0 neutral | idéalement on démarre lundi prochain
U 0 neutral | la réglementation change au premier janvier donc faut être prêts
U - stressed | Le temps presse vraiment.
U 0 neutral | on peut accélérer l'installation
U 0 neutral | faut que ca soit pret pour la rentrée sans faute
U - stressed | chaque semaine qui passe on perd des clients
U 0 neutral | c'est un peu la course en ce moment il nous faut ça vite
UD 0 neutral | faut que la direction valide avant le comité du 15
D 0 neutral | je dois voir ça avec mon associé avant
D 0 neutral | C'est la direction générale qui tranche.
D 0 neutral | euh faut que ça passe par les achats
D 0 neutral | le juridique doit relire le contrat avant
D + neutral | moi je suis convaincu mais c'est pas moi qui signe
D 0 neutral | il faudrait refaire la démo pour mon directeur
D 0 neutral | je vais en parler au codir mardi
D 0 neutral | c'est ma n plus un qui a la main là-dessus
D 0 neutral | la dsi doit valider de son côté
D 0 neutral | faut que je consulte mon boss avant de m'engager
D 0 neutral | mon patron a le dernier mot la dessus
D 0 neutral | ça doit passer en conseil d'administration
D 0 neutral | le dpo va vouloir jeter un oeil avant
D 0 neutral | je remonte l'info à ma hiérarchie et je vous dis
D 0 neutral | c'est pas de mon ressort malheureusement
BD 0 neutral | au-dessus de cinq mille euros c'est le daf qui valide
X 0 confused | euh attendez j'ai pas tout suivi là
X 0 confused | c'est quoi la différence entre le pack pro et le pack business
X 0 confused | pardon vous pouvez reprendre la partie sur les intégrations
X 0 confused | je comprend pas bien ce qui est inclu
X 0 puzzled | du coup c'est mensuel ou annuel je suis perdu
X 0 confused | Ça veut dire quoi, concrètement, pour mes équipes ?
X 0 confused | j'ai pas capté le truc des utilisateurs simultanés
X 0 confused | vous pouvez m'expliquer comme si j'avais cinq ans
X 0 confused | attendez c'est le même outil ou c'est deux trucs différents
X 0 puzzled | je suis un peu paumé avec tous ces termes
X 0 confused | hein je vois pas le rapport
X 0 confused | j'ai du mal à comprendre comment ça s'articule avec notre standard
X 0 confused | pardon ça a coupé vous disiez quoi
X 0 confused | jai pas compri la partie sur la facturation
XF - frustrated | ça fait trois fois qu'on m'explique et je comprends toujours pas
X 0 confused | euh comment ça marche pour les numéros
I + excited | ah mais attendez c'est génial ce truc
I + happy | j'adore comment le tableau de bord est foutu
I + excited | wow ça coche toutes nos cases
I + happy | franchement je suis bluffé
I + happy | mes equipes vont adorer
I + happy | ça c'est vraiment top
I + excited | oh trop bien la transcription en direct
I + happy | c'est pile poil ce qu'on cherchait
I + happy | ça va nous libérer un temps énorme
I + happy | honnêtement c'est canon
I + happy | j'ai vraiment un coup de coeur pour l'outil
I + happy | c'est super intéressant ce que vous faites
I + excited | ah ouais carrément ça c'est ouf
I + happy | cest vraiment genial votre truc
IR + excited | j'adore on signe quand
CI + happy | c'est cent fois mieux que ce qu'on a aujourd'hui
H 0 hesitant | bah ça reste à voir hein
H 0 hesitant | le timing me paraît pas idéal pour nous là
H 0 hesitant | Laissez-moi réfléchir un peu.
H 0 hesitant | euh bof ça me parle pas plus que ça pour l'instant
H 0 hesitant | ça a l'air bien mais je suis pas sûr qu'on en ait besoin
H 0 hesitant | c'est pas que c'est cher c'est qu'on voit pas encore l'intérêt
H 0 neutral | on va attendre la fin du projet en cours
H - skeptical | j'ai un peu de mal à voir le retour sur investissement
H 0 hesitant | on se laisse quelques semaines pour réfléchir
H 0 hesitant | honnetement je suis assez partagé sur le sujet
H 0 hesitant | on n'est pas prêts à signer pour l'instant
H 0 hesitant | hmm à voir
H - skeptical | je doute que mes gars s'en servent vraiment
H 0 hesitant | on verra ça à la rentrée peut-être
HC 0 hesitant | je suis pas persuadé que ça vaille le coup de changer
HD 0 hesitant | je sais pas faut que j'en discute avec mon associée
H - sarcastic | ah oui bien sûr encore un outil miracle
F - annoyed | c'est mon quatrième appel pour le même souci
F - angry | c'est du grand guignol votre service
F - annoyed | Arrêtez de m'appeler tous les deux jours, s'il vous plaît.
F - frustrated | on attend le correctif depuis trois semaines
F - annoyed | franchement j'en ai ras le bol
F - angry | on paye pour un truc qui marche pas
F - frustrated | à chaque mise à jour y a un truc qui casse
F - annoyed | je commence a perdre patiance
F - annoyed | personne chez vous est capable de me répondre
F - frustrated | votre support c'est la galère à chaque fois
F - angry | là vous abusez vraiment ça fait un mois qu'on attend
F - annoyed | j'en ai marre de me répéter à chaque appel
F - frustrated | l'appli a encore planté en plein appel
F - annoyed | pfff encore
F - annoyed | c'est lourd franchement
F - angry | je suis à deux doigts de résilier
F - sarcastic | génial encore un mot de passe à retenir
R + happy | bon ben c'est parti envoyez-moi le bon de commande
R + happy | ok on y va
R 0 neutral | vous me faites le contrat pour vingt postes
R + happy | si vous m'envoyez les papiers d'ici jeudi on signe vendredi
R 0 neutral | qu'est-ce qu'il vous faut pour ouvrir le compte
R + happy | c'est validé de notre côté
R + happy | On part sur l'offre annuelle.
R 0 neutral | je vous renvoie le contrat signé à qui
R + happy | allez banco
R 0 neutral | vous pouvez m'envoyer le lien docusing
R + happy | ça marche on prend
R + happy | on peut lancer l'onboarding la semaine prochaine
R + happy | top on se lance
R 0 neutral | envoyez la facture à la compta on règle ça
R + happy | ça me va on signe
DR 0 neutral | dès que mon patron valide on signe
PD - concerned | en plus d'être cher faudra convaincre mon directeur
PB - worried | ça dépasse largement ce qu'on peut mettre
HP 0 hesitant | c'est une grosse somme je suis pas sûr qu'on s'en serve assez
IP 0 neutral | j'adore vraiment mais le prix est trop élevé
FU - frustrated | on attend depuis des semaines et on lance lundi
UR + happy | signons aujourd'hui comme ça on démarre avant la date limite
CH 0 hesitant | je suis pas sûr qu'on gagne grand chose par rapport à notre outil actuel
XH 0 confused | je vois pas trop comment ça nous aiderait donc j'hésite
0 0 neutral | allô vous m'entendez bien
0 0 neutral | pardon je vous mets sur haut-parleur
0 0 neutral | on a une soixantaine de téléconseillers
0 0 curious | est-ce que ça s'intègre avec notre crm
0 0 neutral | le prix c'est pas ce qui me gêne
0 + calm | honnêtement le tarif est raisonnable
0 0 calm | rien ne presse on se renseigne
0 0 neutral | c'est moi qui prends les décisions ici
0 0 neutral | ok très bien c'est limpide
0 0 neutral | on fait surtout de la relance clients
0 0 neutral | vous pouvez me remontrer l'écran des stats
0 0 neutral | c'est moins cher que ce que je pensais
0 0 neutral | on n'utilise rien pour ça aujourd'hui
0 0 neutral | pas de date butoir c'est pour anticiper
0 0 neutral | allez-y je vous écoute
0 0 neutral | mmh
0 0 neutral | d'accord ok
0 0 neutral | ouais ok ça marche
0 0 neutral | Les données sont hébergées en France ?
0 0 neutral | non non j'ai suivi je voulais juste vérifier un chiffre
0 0 neutral | on serait une vingtaine d'utilisateurs au début
0 + happy | merci c'était très clair
0 0 neutral | vous pouvez m'envoyer la présentation après
0 0 neutral | on est une PME dans le transport
0 0 neutral | je m'occupe du service client
0 0 curious | vous avez un essai gratuit
0 0 neutral | c'est quoi la durée d'engagement
0 0 calm | je suis pas énervé contre vous hein c'est juste la journée
0 + amused | il fait un temps pourri ici aussi
0 0 calm | on n'est pas pressés du tout le t3 ça nous va
0 0 neutral | on compare avec personne vous êtes les seuls
0 0 neutral | ok je note
0 0 neutral | les conseillers travaillent en trois huit
0 0 curious | la transcription marche en combien de langues
0 + calm | le tarif me paraît correct pour ce que c'est
0 + amused | ah ah pas de souci
0 0 neutral | euh attendez je prends un stylo
0 0 neutral | ouais c'est ce que je pensais
0 0 neutral | vous pouvez repartager votre écran
0 0 neutral | en fait on gère surtout des réclamations
0 0 neutral | je décide seul pour ce genre d'achats
0 0 neutral | c'est pas urgent mais c'est dans les tuyaux
0 0 neutral | ça marche merci
0 0 curious | vous avez des clients dans notre secteur
0 0 neutral | bah écoutez ça me semble cohérent
0 0 curious | et pour le support c'est en français
0 0 neutral | on a eu un souci avec les anciens postes mais c'est réglé
0 0 neutral | finalement c'est plutôt raisonnable comme prix
0 0 neutral | je vous appelle pas pour le prix hein c'est pour une question technique
0 0 neutral | jai bien recu votre mail ce matin
"""

B1_FR_AGENT = """
0 0 neutral | l'offre standard est à trente-neuf euros par utilisateur et par mois
0 0 calm | je comprends tout à fait je vous réexplique
0 0 neutral | vous avez une idée du budget
0 0 neutral | qui d'autre intervient dans la décision
0 0 curious | vous utilisez quoi aujourd'hui pour enregistrer les appels
0 0 neutral | vous avez une date de mise en service en tête
0 + confident | beaucoup de nos clients viennent de chez la concurrence
0 + happy | je vous envoie le contrat cet après-midi
0 0 apologetic | désolé pour l'attente vraiment
0 0 neutral | juste pour être sûr vous avez dit soixante postes
0 + happy | ravi de l'entendre
0 0 neutral | euh en gros l'ia écoute et propose des réponses
0 0 neutral | on peut faire moins dix pour cent sur l'annuel
0 0 neutral | je peux participer à un appel avec votre daf si ça aide
0 0 calm | aucune pression de notre côté vous avez tout le temps
0 0 calm | j'entends pour le prix je vais voir ce que je peux faire
0 0 curious | comment vous gérez les escalades aujourd'hui
0 + confident | en général on est moins chers que ce que les gens payent
0 0 neutral | je vous cale un point jeudi prochain
0 0 neutral | voilà pour le tour du propriétaire
0 0 calm | je comprends que ce soit une grosse décision
0 0 neutral | la mise en place prend deux semaines en moyenne
0 0 neutral | le contrat est sur douze mois avec un préavis d'un mois
0 0 neutral | n'hésitez pas si quelque chose n'est pas clair
X 0 confused | pardon j'ai mal compris vous avez dit quinze ou cinquante
0 0 neutral | la date de fin mars c'est ferme pour vous
0 0 calm | beaucoup de clients avaient peur du coût au début
"""
