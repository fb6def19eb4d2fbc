"""Notation blocks of train_set.py (part 5 of 5): B3_FR, B3_FR_AGENT.

Kept apart so every file stays under 500 lines; train_set.py reads them."""

B3_FR = """
P - concerned | euh là on est au-dessus de ce que je peux défendre
P - unimpressed | à ce prix là j'espère qu'il y a des dorures
P - concerned | franchement la facture elle fait peur
P 0 neutral | si vous revenez avec un chiffre plus doux on en reparle
P - concerned | le coût mensuel est dur à avaler
P - surprised | aïe c'est violent comme tarif
P - concerned | c'est un tarif de grand compte pour une pme
P - concerned | bon c'est pas bon marché hein
P - concerned | le tarif est pas tres compétitif je trouve
P - concerned | ça me paraît bien cher payé pour l'usage qu'on en aurait
CP - unimpressed | notre prestataire actuel nous facture trois fois moins
PB - worried | ça mangerait tout notre budget logiciel de l'année
B 0 neutral | on doit avoir dans les douze mille à y consacrer
B - worried | après l'été il reste plus grand chose sur le compte
B 0 neutral | les arbitrages budgétaires se font en novembre
B 0 neutral | faudrait qu'on demande des fonds au groupe
B - worried | depuis la fusion on doit se serrer la ceinture
B 0 neutral | ça serait imputé sur la ligne relation client
B 0 neutral | la subvention couvre le logiciel mais jusqu'à un certain point
B - worried | y a pas un sou qui traîne en ce moment
B 0 neutral | notre exercice se termine en juin après c'est une nouvelle enveloppe
B 0 neutral | on a un plafond de quatre cent par mois
BD 0 neutral | c'est la compta qui tient les cordons de la bourse
C 0 neutral | on est un peu mariés avec notre opérateur actuel
C 0 neutral | on a discuté avec un de vos concurrents il y a quinze jours
C 0 curious | vous avez quoi que ringover a pas
C 0 neutral | nos développeurs ont bricolé un prototype en interne
C 0 neutral | on fait un comparatif entre trois prestataires
C 0 neutral | le fournisseur en place va tout faire pour nous garder
C 0 neutral | on a hérité du système d'un autre éditeur au rachat
C - unimpressed | honnêtement les autres nous disent tous la même chose que vous
CU 0 neutral | notre contrat avec l'opérateur expire dans trois semaines et on peut pas rester sans lignes
CF - angry | notre presta actuel a perdu une journée d'enregistrements je suis furieux
CI + excited | après avoir vu les deux autres là c'est une autre catégorie
U - stressed | on est déjà dans le rouge niveau planning
U 0 neutral | faut que ça tourne pour la rentrée de janvier
U 0 neutral | ça doit être en place avant l'inspection du 14
U - stressed | la direction veut que ce soit en ligne fin de semaine prochaine
U 0 curious | vous pouvez appuyer sur le bouton quand au plus tôt
U - stressed | c'est branle-bas de combat chez nous
U 0 neutral | on a une fenêtre de quinze jours en gros
U - worried | si ça glisse après la fin du mois on est morts
U 0 neutral | c'est urgent a cause du nouveau marché qu'on vient de remporter
U - stressed | on peut pas attendre des mois pour une mise en place
UD 0 neutral | si le juridique valide d'ici mercredi on tient la date
D 0 neutral | je dois d'abord présenter ça à l'équipe de direction
D 0 neutral | la personne qui signe les chèques est pas dans l'appel
D 0 neutral | moi je donne mon avis mais je décide pas
D 0 neutral | notre président veut valider chaque nouveau fournisseur
D 0 neutral | faut que notre responsable sécurité donne son accord
D 0 neutral | je vais mettre mon homologue de la finance dans la boucle
D 0 neutral | le responsable informatique a un droit de veto là-dessus
D 0 neutral | le patron est en espagne ce mois-ci je lui envoie un mail
D 0 neutral | il me faut l'aval du pdg
D 0 neutral | c'est une décision collégiale pas la mienne
DH 0 hesitant | je voudrais l'avis de l'équipe avant et franchement j'hésite encore
X 0 confused | vous m'avez perdu quelque part vers l'histoire d'api
X 0 confused | les crédits c'est quoi exactement
X 0 puzzled | je me gratte un peu la tête là les deux formules elles diffèrent comment
X 0 confused | reprenez-moi ça plus doucement
X 0 confused | je vois pas ce que vous entendez par mode chuchotement
X 0 confused | je m'embrouille un peu avec les conditions du contrat
X 0 confused | ça veut dire qu'on paye deux fois ou je lis mal
X 0 confused | attendez quoi c'est qui qui installe
X 0 confused | jsuis perdu c'était quel bouton
X 0 confused | j'ai du mal comprendre vous pouvez préciser
XF - annoyed | vos factures c'est un casse-tête et j'en ai assez de les déchiffrer
I + excited | ah là vous me parlez
I + happy | c'est un rêve pour notre équipe qualité
I + excited | la précision de la transcription c'est dingue
I + happy | j'aime beaucoup comment ça guide le conseiller en direct
I + happy | c'est la killer feature honnêtement
I + happy | on sauterait sur un truc pareil
I + excited | c'est super fluide
I + happy | mes superviseurs vont être aux anges
I + happy | franchement la meilleure démo que j'ai eue cette année
I + happy | oui carrément c'est notre cas d'usage
IR + excited | vous m'avez convaincu je signe où
H 0 hesitant | on va laisser mûrir et on revient vers vous
H 0 hesitant | la partie ia me convainc pas complètement
H - skeptical | pour nous c'est plus du bonus que de l'indispensable
H 0 hesitant | c'est pas évident faut que je pèse le pour et le contre
H 0 hesitant | on va peut-être tester sur un petit périmètre d'abord
H 0 hesitant | je suis un peu frileux à l'idée de m'engager sur un an
H 0 hesitant | mon instinct me dit pas tout de suite
H - skeptical | je doute un peu que ça colle à notre façon de bosser
H 0 hesitant | jvais y penser et je vous dis
HB 0 hesitant | difficile de s'engager tant que le budget de l'an prochain est pas connu
H - sarcastic | ah bah oui encore une plateforme qui va révolutionner nos vies
F - angry | je suis hors de moi on est en panne depuis ce matin
F - annoyed | ça dépasse les bornes là
F - frustrated | troisième technicien cette semaine et toujours rien
F - annoyed | arrêtez de me pousser la mise à niveau j'ai dit non deux fois
F - frustrated | votre page de statut dit que tout va bien alors que non
F - angry | j'ai perdu tout mon après-midi là-dessus
F - frustrated | c'est galère sur galère depuis qu'on a signé
F - annoyed | pourquoi je dois réexpliquer notre config à chaque fois
F - annoyed | oh non pas encore la musique d'attente
FU - angry | on lance jeudi et votre équipe est toujours pas venue
R + happy | bon on met tout ça noir sur blanc
R + happy | vendu envoyez-moi ça
R 0 neutral | je renvoie le bon de commande signé à quelle adresse
R + happy | notez-nous pour un démarrage le premier
R 0 neutral | vous pouvez préparer la convention pour trente utilisateurs
R + happy | je m'engage sur les douze mois pas de souci
R 0 neutral | il nous faut quoi pour activer les licences
R + happy | on appuie sur le bouton
R + happy | mettez-moi les papiers sous le nez et c'est réglé
R 0 neutral | on peut faire la signature électronique plutôt que par courrier
R + happy | je passe la commande cet aprèm
RB 0 neutral | on a mis l'argent de côté donc on peut signer
0 + happy | bonjour ça va votre semaine
0 0 neutral | pardon je passe dans un tunnel
0 0 neutral | on tourne sur trois équipes la plupart du temps
0 0 curious | ça se débrouille comment avec les accents
0 0 calm | le coût c'est vraiment pas un point bloquant
0 0 calm | franchement aucune urgence de notre côté
0 0 neutral | c'est moi qui tiens le stylo donc pas besoin de mettre quelqu'un d'autre dans la boucle
0 0 neutral | compris c'est très clair comme ça
0 0 neutral | on parle avec aucun autre fournisseur
0 0 curious | les superviseurs peuvent écouter en direct
0 + calm | pour ce que ça fait c'est franchement donné
0 0 calm | aucun agacement de ma part je me renseigne
0 0 neutral | mm d'accord
0 0 neutral | allez-y continuez
0 0 neutral | notre centre d'appels est à lille
0 0 curious | l'onboarding ça consiste en quoi
0 0 neutral | on commencerait sans doute par l'équipe commerciale
0 0 neutral | je suis pas du tout perdu vous avez bien expliqué
0 + happy | merci de m'avoir tout détaillé
0 0 curious | les résumés sont aussi en anglais
0 0 neutral | le lundi c'est notre plus grosse journée
0 0 neutral | envoyez-moi une invitation dans l'agenda
0 0 neutral | on traite surtout des retours et des questions de livraison
0 0 neutral | je suis absente la semaine prochaine mais ma collègue prend le relais
0 0 curious | on récupère nos données si on part
0 + amused | ah je vous crois sur parole
0 0 neutral | on est une cinquantaine de postes à peu près
0 0 neutral | pas besoin de validation de qui que ce soit
0 0 neutral | ça rentre largement dans ce qu'on pensait payer
"""

B3_FR_AGENT = """
0 0 neutral | l'offre entreprise est facturée par poste avec des remises sur volume
0 0 curious | qu'est-ce qui dicte le calendrier chez vous
0 0 neutral | je peux vous demander qui valide ce genre d'outil
0 0 curious | qui d'autre est dans votre short list
0 0 calm | merci pour ce retour sur le prix
0 + confident | la plupart des équipes sont rentabilisées en un trimestre
0 0 neutral | je prépare le bon de commande et je vous l'envoie pour relecture
0 0 apologetic | désolé pour la confusion de tout à l'heure
0 0 neutral | donc pour résumer quarante postes en service d'ici avril
0 0 neutral | vous avez une fourchette budgétaire à respecter
0 0 neutral | on peut aussi faire une facturation mensuelle si c'est plus simple
0 + happy | excellente nouvelle
0 0 neutral | je partage mon écran pour vous montrer le tableau de bord
0 0 neutral | un essai vous aiderait à convaincre en interne
X 0 confused | pardon je vous suis pas vous vouliez la formule pro ou équipe
0 0 neutral | je vérifie avec notre service financier pour les conditions de paiement
"""
