"""French part of the second held-out set (see holdout2_set.py for how it was
written and the labelling conventions)."""

FR_CLIENT = """
P - annoyed | ouh là c'est chérot pour ce que c'est
P - concerned | euh franchement le pricing il est un peu hardcore pour une agence de voyage comme nous
P 0 neutral | vous pouvez faire un geste sur les frais de mise en service ?
P - skeptical | trois cents balles par mois et par poste, vous êtes sérieux là
P - hesitant | on tablait plutôt sur un truc à trois chiffres par mois, là on est à quatre
P 0 neutral | et si on prend les deux sites d'un coup, vous nous faites un prix ?
P - annoyed | soyons honnêtes, c'est hors de prix pour une petite mutuelle comme la nôtre
P - skeptical | bah c'est un peu salé quand même pour un petit courtier en assurance
P 0 hesitant | si vous arrivez à enlever les frais de setup je pense qu'on peut discuter
PC - skeptical | chez vocalcom on paie quasiment rien pour l'enregistrement, alors là votre tarif...
PB - concerned | on est une asso, on peut pas mettre ce prix-là, faudrait vraiment baisser
PF - angry | et en plus vous facturez les minutes de transcription à part ? c'est se moquer du monde
PH 0 hesitant | hmm pour ce prix-là faudrait que ça fasse le café aussi, je vais réfléchir
B - concerned | on n'a plus un rond sur la ligne outils cette année
B 0 neutral | le budget est gelé jusqu'à la fin de la réorg
B - concerned | bah du coup on a tout mis dans les travaux de l'accueil, il reste plus rien pour ce genre de projet
B 0 neutral | faudrait que j'aille gratter des sous sur une autre ligne, c'est pas du tout prévu
B - concerned | on vit des cotisations des adhérents, genre chaque euro est compté
B - concerned | avec la flambée des prix de l'énergie nos budgets ont fondu comme neige au soleil
B 0 neutral | sur le principe ça me plaît mais côté sous on est vraiment à sec en ce moment
BD 0 neutral | pour débloquer des fonds faut l'accord du conseil d'administration, et là on a rien de provisionné
BD 0 neutral | faut que je demande une rallonge à la trésorière, on a déjà consommé l'enveloppe
BU 0 concerned | le budget de l'an prochain se vote en décembre, si on rate le coche on attend un an
BX 0 confused | je pige pas trop votre histoire de crédits de minutes, et de toute façon on a zéro budget de prévu
C 0 neutral | teams enregistre déjà nos appels, c'est compris dans l'abonnement
C 0 neutral | on a un google sheet partagé où les chefs d'équipe mettent leurs notes d'écoute
C 0 neutral | on attend encore la proposition de deux autres éditeurs avant de comparer
C 0 neutral | notre DSI veut développer un truc en interne avec un modèle open source
C 0 neutral | on avait testé une solution de speech analytics y a deux ans, ça avait pas pris
C 0 neutral | la responsable qualité a son petit cahier où elle note tout, ça tourne pour l'instant
C 0 neutral | on est engagés avec notre prestataire d'enregistrement jusqu'en 2028 de toute façon
CU - concerned | notre abonnement chez l'ancien fournisseur s'arrête le 31 et on a pas de plan B
CF - frustrated | franchement l'outil qu'on a aujourd'hui c'est une cata, la moitié des transcriptions sont fausses
CH 0 hesitant | je sais pas, le devis de l'autre boîte était quand même plus complet
CI + excited | rien à voir avec notre logiciel actuel, là c'est le jour et la nuit
CP 0 neutral | aircall nous propose un truc similaire pour moins cher, faut que vous vous aligniez
U - concerned | on a la certif iso à renouveler en septembre et les auditeurs veulent des preuves d'écoute
U - stressed | c'est urgentissime chez nous, le directeur veut des résultats ce trimestre
U 0 neutral | la rentrée c'est notre pic, faut que ce soit en place avant fin août
U 0 neutral | les soldes commencent dans trois semaines et on aura le double d'appels
U - concerned | la nouvelle loi sur le démarchage tombe au 1er mars, faut qu'on puisse prouver le consentement avant
U - concerned | les inscriptions à la salle explosent en janvier, si c'est pas prêt d'ici là ça sert à rien
UR + happy | si vous pouvez brancher ça avant les vacances de février, on signe tout de suite
UD 0 concerned | le comité se réunit le 12 et c'est la dernière fenêtre avant l'été pour valider
UF - frustrated | on a encore eu un litige hier sans aucune trace de l'appel, faut vraiment qu'on règle ça avant la fin du mois
RU + happy | c'est ok pour nous, faut juste que ce soit opérationnel avant l'ouverture du nouvel hôtel le 10
D 0 neutral | faut que j'en parle à mon N+1 avant d'aller plus loin
D 0 neutral | c'est le DAF qui tranche sur ce genre de truc
D 0 neutral | je dois pitcher ça au codir jeudi, c'est eux qui ont le dernier mot
D 0 neutral | le siège a un droit de veto sur tous les nouveaux logiciels
D 0 neutral | envoyez-moi une synthèse que je puisse montrer à ma directrice
D 0 neutral | au final c'est les achats groupe qui valident le fournisseur
D 0 neutral | faut attendre le retour du président de l'asso, il est en vacances jusqu'au 20
D 0 neutral | le conseil municipal doit voter, moi je fais juste remonter
DH 0 hesitant | moi je suis pas encore convaincu, et de toute façon c'est le gérant qui décidera
X 0 confused | attendez je comprends pas, c'est facturé à l'agent ou à la ligne ?
X 0 confused | euh pardon vous pouvez répéter la partie sur les licences flottantes, j'ai décroché
X 0 confused | donc si je comprends bien... non en fait j'ai rien compris, c'est une appli à installer ou ça marche dans le navigateur ?
X 0 confused | c'est quoi la différence entre le scoring et le coaching en fait, pour moi c'est pareil
X 0 confused | genre le truc il écoute en direct ou après coup ? j'suis un peu paumé
X - confused | tout à l'heure c'était inclus et maintenant c'est une option ? j'y comprends plus rien
X 0 confused | et les superviseurs ils ont besoin d'une licence eux aussi ou pas ? je m'y perds un peu
X 0 confused | hein ? la note sur vingt elle sort d'où, c'est l'ia qui la calcule ou le manager ?
XF - annoyed | votre jargon là, omnicanal augmenté, je vois pas du tout ce que ça veut dire et ça commence à m'agacer
XH 0 hesitant | honnêtement j'ai pas saisi la moitié de la démo, je préfère attendre avant de dire oui
XP - confused | euh c'est hors taxe ou ttc ça ? parce que si c'est hors taxe ça fait beaucoup pour nous
I + excited | ah mais ça, ça nous sauverait la vie au quotidien
I + interested | ok c'est franchement pas mal du tout
I + excited | le coaching automatique là c'est exactement ce qu'il nous faut
I + excited | waouh les résumés automatiques après chaque appel, c'est top
I + interested | je vois déjà mes chefs d'équipe se jeter dessus
I + happy | ah ouais ça c'est malin, j'adore
I + interested | ça c'est le genre de truc que j'attends depuis des années honnêtement
IR + excited | bon ben banco, on y va
ID + excited | il faut que le patron voie ça, je suis sûr qu'il va craquer
IU + excited | génial, avec ça on serait prêts pour l'afflux de l'été
H 0 hesitant | jsp trop, laissez moi y reflechir
H 0 hesitant | c'est pas tant le tarif, c'est plutôt que je vois pas encore le retour sur investissement
H 0 hesitant | signer maintenant non, c'est trop tôt pour nous
H - skeptical | ah ben génial, encore une plateforme à laquelle les conseillers vont jamais se connecter
H 0 hesitant | bof, j'suis pas convaincu que la transcription suive avec le bruit de l'entrepôt
H 0 hesitant | mouais, faut voir, on va peut-être attendre la v2
H 0 hesitant | sa me tente moyen pour linstant, revenez vers moi en janvier
F - frustrated | on passe nos journées à chercher des enregistrements, ça me rend dingue
F - annoyed | mais je vous répète qu'on fait que du SAV, on a pas besoin de coacher des vendeurs
F - annoyed | sérieux, vos mails de relance tous les deux jours, c'est pénible
F - frustrated | pfff ça fait deux fois que la visio coupe, on s'entend pas
F - angry | pendant l'essai l'appli a planté trois fois, c'est pas sérieux
F - frustrated | on découvre que des conseillers raccrochent au nez des clients et on peut même pas le prouver, ça m'énerve
F - annoyed | vous pouvez aller à l'essentiel svp, ça fait vingt minutes qu'on tourne en rond
FH - frustrated | après tous les bugs de l'essai j'ai vraiment pas envie d'y aller, ça m'a gonflé
R + happy | bon allez, on part sur la formule pro
R + happy | parfait, vous me mettez le contrat en signature électronique et c'est plié
R + happy | on commence quand ? de notre côté on est prêts
R + happy | c'est bon pour nous, je lance la commande côté compta
RI + excited | calez-nous le paramétrage la semaine prochaine, on est chauds
R + happy | on prend les quarante licences avec le module coaching
RD + happy | la direction a validé, on peut lancer
R + happy | ok deal, on fait comme ça, vous m'envoyez une date pour le kick-off
0 0 neutral | excusez-moi, j'ai la clim qui fait un boucan pas possible
0 0 neutral | pardon, je sors d'une réunion qui a débordé
0 0 neutral | et l'abonnement, il se paie au mois ou à l'année ?
0 0 neutral | est-ce que ça s'intègre avec hubspot ?
0 0 neutral | on gère les réservations de chambres avec mews, ça marche nickel
0 0 neutral | notre principal concurrent vient d'ouvrir une agence juste en face
0 0 neutral | ma responsable m'a parlé de vous, elle vous avait croisés sur un salon
0 0 neutral | la décision c'est moi, je suis la gérante
0 0 neutral | y a rien qui presse de notre côté, on fait juste un tour du marché
0 0 neutral | non le tarif me va, ma question c'était sur la durée d'engagement
0 0 neutral | merci, c'est intéressant
0 0 neutral | alors euh... on est une trentaine au standard de la mairie, plus les renforts l'été
0 0 neutral | le devis vous pouvez le libeller au nom de la SAS et pas de l'enseigne ?
0 0 neutral | vous aviez parlé d'un mois offert, c'est sur la première année ?
0 0 neutral | on a des pics le lundi matin avec les retours de week-end
0 0 neutral | nos clients appellent surtout pour des problèmes de facture d'électricité
0 0 neutral | vous hébergez les données où exactement, en france ou aux us ?
0 0 neutral | ça reconnaît l'arabe et le portugais ? on a pas mal de clients qui parlent que ça
0 0 neutral | allez-y, partagez votre écran
0 0 neutral | on vient de renouveler toute la flotte de véhicules, ça nous a coûté une blinde, mais ça c'est un autre sujet
0 0 neutral | non non je suis pas perdu, je veux juste les chiffres par écrit
0 0 neutral | côté financement on est couverts, pas d'inquiétude
0 0 neutral | deux secondes, j'ai un livreur à la porte
0 0 neutral | on est un syndic avec à peu près deux cents copropriétés
"""

FR_AGENT = """
0 0 neutral | pour vos quarante conseillers on serait à peu près à deux mille euros par mois
0 0 neutral | qui d'autre intervient dans la décision chez vous ?
0 0 neutral | aujourd'hui vous réécoutez les appels avec quel outil ?
0 + happy | je peux vous ouvrir un accès d'essai dès demain matin
0 + happy | parfait, je vous fais une proposition et un petit mot pour votre DAF
0 0 neutral | en fait le scoring détecte les appels tendus et vos superviseurs reçoivent un récap chaque matin
0 0 neutral | vous avez une date butoir pour la mise en place ?
0 0 neutral | sur un engagement de deux ans on peut vous faire moins quinze pour cent
0 0 neutral | pas de souci, je reprends depuis le début, c'est vrai que j'ai été un peu vite
0 0 neutral | vous aviez une enveloppe en tête pour ce projet ?
0 0 neutral | euh en gros les transcriptions arrivent dans votre boîte mail genre deux minutes après l'appel
0 0 neutral | ça vous aiderait que j'échange directement avec votre responsable d'exploitation ?
0 0 neutral | je comprends, beaucoup de courtiers nous disaient la même chose avant de tester
0 0 neutral | bon je partage mon écran, vous allez voir l'écran du superviseur
0 0 neutral | la licence comprend cinq mille minutes de transcription, au-delà c'est deux centimes la minute
0 + happy | aucun problème, on se cale un point jeudi prochain ?
0 0 neutral | du coup vous êtes combien de conseillers au téléphone le samedi ?
0 0 neutral | et les rappels clients, vous les tracez comment aujourd'hui ?
"""

FR_BLOCKS = [(FR_CLIENT, "fr", "client"), (FR_AGENT, "fr", "agent")]
