Una abeja stung mi brazo ayer
Una tensión alta cable, trajo abajo por una tormenta, puede continuar chispear
antílopes africanos: sassabies
dirigente Revolucionario americano y pamphleteer (nato en Inglaterra) quién apoyado la pelea del colonizador americano para independencia y apoyado la Revolución francesa (1737-1809)
farmacéutico americano quién con Richard Smalley y Harold Kroto descubierto fullerenes y abrió una rama nueva de química (nato en 1933)
dirigente revolucionario americano quién firmó el Declaration de Independencia y era presidente del Congreso Continental (1731-1796)
americano silkworm polilla
el árbol australiano que cede un abigarrado tulipwood
general británico en la Revolución americana quién captó Fort Ticonderoga pero perdió la batalla de Saratoga en 1777 (1722-1792)
el nacionalismo británico era en el aire y patriótico sentiments corrió alto
Puede te das mis tonos mientras entro el grupo?
Puede localizas vuestros primos en el Midwest?
agencia canadiense que reúne inteligencia de comunicaciones y asistir aplicación de ley y canadiense de
de punto tienen que ser socialized en los
arbusto perennifolio chileno habiendo las espigas delicadas de blanco pequeño florece
de ley tendrá poder de proporcionar para llamar adelante el Congreso
Congressional los escaños son reapportioned en la base de dato de censo
explorador danés quién exploró el océano Pacífico del norte para los rusos y descubrió el Bering Strait (1681-1741)
filólogo danés (1846-1896)
Hizo su cara dice cualquier cosa aproximadamente cómo sentía?
Hace este papel cumple los requisitos para el grado?
Hace este restaurante apto la factura para la celebración?
No es tan serio!
estadista egipcio que (como presidente de Egipto) negoció un tratado de paz con Menachem Empezar (entonces primer ministro de Israel) (1918-1981)
biógrafo inglés y miembro principal del Bloomsbury Grupo (1880-1932)
compositor inglés de muchos exitosos musicals (algunos en colaboración con Arroz de Tim del Señor) (nato en 1948)
inglés financier (1519-1579)
ilustrador inglés de varios de Dickens' novelas (1815-1882)
poeta lírico inglés (1887-1915)
fonetista inglés (1881-1967)
dramaturgo y poeta ingleses consideraron uno de los escritores ingleses más sumos (1564-1616)
teólogo y poeta ingleses (1674-1748)
escritor inglés (nato en Irlanda) (1713-1766)
Eurasian mariposa con alas marrones y blancos markings
Asia templada consideraron globalmente
alimentaria con roundish corazón-shaped hojas y flores blancas
europeo weed teniendo un winged raíz y europeo de
finlandés escandinavo y ciudad planner quién movió a los Estados Unidos en 1923
arquitecto finlandés y diseñador de mobiliario (1898-1976)
el fuego había devorado nuestra casa
francés bacteriologist nato en Suiza
obispo francés quién es un patrón de Francia (muerto en 397)
mariscal de campo francés quién mandó los ejércitos Aliados en Francia durante Segunda Guerra mundial (1852-1931)
filósofo y matemático franceses (1743-1794)
director alemán (1876-1962)
inventor alemán quién diseñado y construyó el primer rígido motorizado dirigible (1838-1917)
físico alemán quién estudió rayos de cátodo (1862-1947)
inventor y matemático griegos quién ingenió una manera de determinar el área de un triángulo y quién describieron varios aparatos mecánicos (primero siglo)
filósofo griego quién creyó que el mundo es una combinación aleatoria de átomos y que el placer es el bien más alto (341-270 BC)
reculó fuera de su promesa más temprana
explota el sistema de impuestos nuevo
cogía una chica a problema
está datando su mujer anterior otra vez!
es grooming su hijo para acaecer su sucesor
Él pasted su adversario
Él relived los horrores de guerra
tropieza cada fin de semana
estuvo enunciado como el tenor más sumo desde Caruso
Sus armas cerraron alrededor de su pariente mucho tiempo perdido
Su corazón era throbbing
Su hijo es sólo bumming alrededor todo el día
Su voz rompió a un murmullo cuándo empezó para hablar sobre sus niños
Hindu diosa de alborear
Sus aproximaciones de tocar que de Horowitz
Sus proyectos de voz bien
Aguantan el Control
Homo erectus era anteriormente llamado Pithecanthropus erectus
I te estás de acuerdo con allí
estoy destinando un loaf de pan a todo el mundo en una base diaria
I commend mis niños a ti
no tuve tiempo para acabar
dibujo una línea aquí
I tuvo que romper un $100 factura sólo para comprar el caramelo
Pasé a la panadería más maravillosa no muy lejos de ahí
I ofrecido para ayudar con los platos pero la anfitriona no oirían de él
le dije pavo frío
lo venderé a ti minorista sólo
Si nunca te casas, el cual parece para ser extremadamente problemático
es demasiado malo cogió disparado, pero seguro lo tuvo viniendo
teólogo y cardenal italianos (1542-1621)
físico italiano quién inventó el barómetro de mercurio (1608-1647)
papa italiano de 1878 a 1903 quién estuvo interesado en el adelanto de aprender y quién abrió el Vaticano archivos secretos a todos los eruditos
Kashmiri poemas de amor
los hombres toman a los comercios militares
Mozart era un genio de niño
Mi idea de una persona agradable...Es una persona quién me estoy de acuerdo con
Nacionales Viatical Asociación
salamandras de Nuevo Mundo
murciélago norteamericano de un ladrillo o rusty el color rojo con cabellos vertió con mirlo
planta perenne norteamericana con aparentemente whorled hojas y vistosos blancos morados-tinged flores
norteamericana warbler teniendo un negro-y-jefa blanca
Ahora tenemos un desorden fino
boas Mundiales Viejas
Mundo Viejo genus de anual a hierbas perennes: woad
Mundo Viejo orioles
Viejos folks puede calcify
Empaqueta vuestras tiendas hasta arriba del Par
Paul Bunyan tuvo un azul ox nombrado Babe
de gatos en Chernobyl estuvo sometido a Personas
Complace formato este disco antes de introducir dato!
soldado y patriota polacos quién luchó con americanos en la Revolución americana (1746-1817)
de moneda estuvo acuchillada
Romanas generales quién mandó la flota que vencido las fuerzas de Antony y Cleopatra en Actium (63-12 BC)
filósofo Romano (nato en Egipto) quién era el representante principal de Neoplatonism (205-270)
farmacéutico ruso quién desarrolló una mesa periódica de los elementos químicos y pronosticó el descubrimiento de varios elementos nuevos (1834-1907)
compositor ruso (nato en Armenia) de quién obra es romántico y reflejar su interés en folk música (1903-1978)
siempre corre a Italia, porque tiene un amante allí
inclinó antes de la Reina
se apartó enojada
averió el coche cuándo pegó el árbol
negó que había tomado dinero
no cogió el chiste
conduce para la empresa de taxi en Newark
inundó su problema en alcohol
expresó la letra a Florida
sentía preocupación fuerte para aquellos menos afortunado
no es realmente laborable--sólo está pasando por las mociones
Ella shamed le a hacer enmienda
empezó la sopa mientras era todavía caliente
paró delante de una ventana de tienda
Ella unsexed ella
fue asesinada en la colisión de tres coches
estuvo penalizada para una equivocación de ortografía o un misplaced acento
de auditorio wafted a la sala
Sousa escribió la Sudáfrica de
físico soviético y físico
domingo antes de Easter
farmacéutico sueco quién descubrió tres elementos nuevos y determinó los pesos atómicos de muchos otros (1779-1848)
matemático suizo (1667-1748)
escritor suizo (nato en Alemania) de quién las novelas y los poemas expresan sus intereses en valores espirituales orientales (1877-1962)
Aquello'll fijarle bien!
El FBI cogió las drogas
Los alemanes atacaron Polonia en Sept. 1, 1939
El cóctel molotov explotó
El aire era surcharged con tensión
La aerolínea intentó tranquilizar los clientes que los planos eran seguros
El arqueólogo localizó los jeroglíficos
El químico clouded el líquido al cual lo estuvo añadido
El pez está estratificado en barriles
La niebla empaña mi visión
El jardín era swarming con abejas
El grocer tasó su wares alto
El profesor impaciente abofeteó el estudiantil
El juez clapped le en prisión
La sello se aferró a su para el resto de su vida
El chaleco de vida le mantuvo a flote arriba
El manuscrito tiene que ser acortado
El alcalde probó a humanize vida en la ciudad grande
El barro mired nuestro carro
El papel incineró deprisa
El clima perfecto aquí desarrolla el grano
El pornographic cuadros sickened nos
Los azulejos de techo imbricate
El agente vendedor obra el Midwest
El chillando redoubled
El sol fundió el hielo
El cirujano cauterized la verruga
El profesor intentó traer fuera del chico tímido
Los territorios de dos personas casadas interpenetrate mucho
El árbol no produciría fruta
La voluntad estuvo rota
La mujer vertida fuera de sus frustraciones como el juez escucharon
Theodore Roosevelt y sus Jinetes Ásperos acaecían famosos para su cargo arriba Cerro de San Juan
Allí era tanta comida en la fiesta que nosotros deprisa cogidos sated sólo por explorar
Ellos chipped sus nombres en el hueso
Ellos reined en delante de la oficina de poste
no me tendrán para chutar alrededor más!
Esta puerta va al sótano
Este vestido fastens en el atrás
Esto chico de ocho años todavía moja su cama
Este ejercicio dolerá vuestro atrás
Esta experiencia humilde le
Esta máquina automáticamente ciclos
Esta novela tonta es masquerading como tratado histórico serio
Esta canción toma fuera de un famoso aria
Esta suma representa mis ingresos enteros para un año
Este tiempo me adapto
Torquemada era el inquisitor el general para la Inquisición española
Estados Unidos pintor expresionista abstracto (1915-1991)
actor de Estados Unidos (1914-1998)
actor de Estados Unidos y director de película (nato en Austria) quién era un dirigente en el método en desarrollo que obra en los Estados Unidos (1901-1982)
arquitecto de Estados Unidos (1853-1906)
dibujante de Estados Unidos notado para sus dibujos de soldados en batalla (1921-2003)
editor de Estados Unidos (1920-1993)
humorista de Estados Unidos quién escribió sobre vida rural (1818-1885)
Estados Unidos industrialist (natos en Rusia) quién diseñó el primer avióndecuatro motores y el primer helicóptero producido (1889-1972)
músico de jazz de los Estados Unidos quién influyó la moda de Louis Armstrong (1885-1938)
arquitecto de paisaje de los Estados Unidos principalmente responsable para el diseño de Parque Central en Ciudad de Nueva York (1822-1903)
gobierno federales minimalist pintor (nato en 1936)
pintor de Estados Unidos (1887-1986)
Estados Unidos pianist y compositor de óperas y juegos musicales (1905-1964)
pionero de Estados Unidos y el héroe del Texas repugna en contra fotógrafo
editor de Estados Unidos (nato en Australia en 1931)
Estados Unidos showman cuya canción-y-tropa de baile evolucionada a un circo (1863-1926)
cantante de Estados Unidos quién empezó cantar con sus cuatro hermanos y más tarde acaecía una estrella altamente exitosa durante el 1980s (nato en 1958)
Estados Unidos de estación espacial de Estados Unidos y director de pantalla (nato en Turquía) y creyente en el método que obra (1909-2003)
jugador de tenis de los Estados Unidos quién dominó el tenis de los hombres en el 1920s (1893-1953)
culpamos el accidente en su
Nosotros cemented nuestra amistad
cortamos a través del patio para coger del vecino en casa más pronto
vamos marketing cada sábado
hemos venido para dedicar una porción de aquel campo... Es altogether cabiendo y apropiado que tendríamos que hacer este
tenemos que educar nuestros jóvenes mejores
necesitamos a re-explorar Colonialismo
fuimos mushrooming en la Caída
fuimos punting en Cambridge
Qué está tocando en el teatro de película local?
Qué es esta evidencia nueva basó encima?
$100 ?
No necesitas para explicar--I entiende!
tienes que acariciar el jefe
harás bien para llegar puntualmente mañana!
un Chadic la lengua hablada en Nigeria del norte
una forma japonesa de wrestling
un río norteamericano que flujos hacia el oeste del Yukon Territorio a través de Alaska central al Bering Mar
un Penutian la lengua hablada por el Maidu
un Penutian la lengua hablada por el Yokuts en el San Joaquin Valle
una raza escocesa con un negro-y-capa de bronceado
la piel delicada de una criatura
una experiencia mala
un saldo que genera un actual proporcional al cubicaje de la cacerola
una bola que deslizamientos abajo un personal para asomar un tiempo fijo
un misil balístico que es capaz de ambulante de un continente a otro
un ballpark estimación
un balsamic fragrance
una banda de frecuencias radiofónicas adyacentes (p. ej., asignados para transmitir señales radiofónicas o televisivas)
un depósito de banco de qué retiradas puede ser hecho sin notar
una belleza de alguna manera exime del envejecimiento procesa
un tumor benigno compuesto de tejido de músculo
un hombre de apuesta
una biografía ...appreciative Y todavía judicial en propósito
un caramelo negro sazonado con la raíz secada del regaliz planta
un espacio stare
una enfermedad de sangre caracterizada por la presencia anormal de erythroblasts en la sangre
un azul-pigmento o color verdes
un vínculo emitido con cupones separables que tiene que ser presentado al issuer para pagos de interés
una barra sin fondo
un bol a qué el poso de teacups y copas de café son emptied en la mesa
una marca de fino inglés porcelain
un brassbound cofre de campaña
un ladrillo hecho de barro cocido
un buffer aquello mantiene pista de los trazos claves hasta el ordenador está a punto para responder a ellos
un ramo de árboles
un fardo (especialmente uno llevado en el posterior)
una marca de quemadura dejó por un smoldering cigarrillo
un empresarial firme aquello publica revistas
una campaña para criar el dinero para algunos causa
un automovilístico aquello es powered por electricidad
un gato con retracted claws
un cuarto (a menudo subterráneo) reforzó en contra bombardeando y proporcionado con facilidades alimentarias y vivientes
un carácter utilizado en imprimir para indicar una remisión de cruz o footnote
un mapa que muestra colores
un movimiento ajedrecístico que constituye un inescapable y ataque indefendible en el rey del adversario
el banco de moneda de un niño (a menudo shaped como un cerdo)
un desorden nervioso progresivo crónico implicando pérdida de mielina sheath alrededor de fibras de nervio seguro
un movimiento circular de un limb u ojo
una ciudad en Tanzania del norte encima Lago Victoria
una ciudad en northwestern México
un clef aquello pone el F bajo medio C en la cuarta línea de un personal
una elección cercana
un recubrimiento de oro o de algo aquello parece oro
una bobina para producir un voltaje alto de una fuentedevoltaje bajo
una colección de plantas (árboles o arbustos o flores) en un campo particular
un universitario estudiantil quién está enseñando bajo la supervisión de un profesor certificado para capacitar para un grado en educación
un coloquio en qué los resultados de (científicos) la búsqueda está informada
un incoloro y odorless el óleo tóxico utilizado como un insecticida
un líquido incoloro (un cyclic trímero de acetaldehyde) aquello está utilizado como sedante y un solvente
un incoloro penetrante fuming vesicatory ácido líquido HCOOH encontrado naturalmente en hormigas y muchas plantas o hizo catalytically de monóxido de carbono y vapor
una combinación de blues y jazz que estuvo desarrollado en los Estados Unidos por músicos Negros
una comedia habiendo melancólico o perturbando elementos
una ciudad comercial en Japón del norte en occidental Hokkaido
una mezcla comercial para hacer brownies
un tumor benigno común de celdas de cartílago
una plaga de casa común
una comunicación que belittles alguien o algo
una empresa de actores quiénes comentan (por hablar o cantando en unison) en la acción en un juego griego clásico
una empresa que movimientos las posesiones de un familiares o negocio de un sitio a otro
un pago completo que consta de una suma sola de dinero
una afección en qué la vagina es inusualmente secar
una afección que es la inspiración para una actividad o situación
un director de almas al afterworld
una misión confidencial a Londres
un conically shaped utensilio habiendo un tubo estrecho en el fin pequeño
una deflación constante del paisaje de desierto
una constelación en el hemisferio del sur cerca Columba y Eridanus
una constelación en el hemisferio del sur cerca Puppis y Antlia
una superficie cerrada continua con único un lado
una conversación entre dos personas
una secuencia coordinada de movimientos ajedrecísticos
un cordón en qué ropa está colgado para secar
un coupling aquello conecta o disconnects conducción y conducido separa de un mecanismo de conducción
una corte habiendo jurisdicción sobre casos criminales
un cubierto cistern
una enfermedad crítica
una multitud reunida en la llegada
una sal cristalina en síntesis orgánica y en hacer emulsiones fotográficas y en sal de mesa yodada
un licenciado cilíndrico
un cystic tumor (normalmente benigno) del ovario
un bailarín de devana
un sitio peligroso
un oscuro-pigmento de planta verde habiendo una solución de alcohol verde brillante
un dateless letra
un día cuándo los católicos tienen que atender Masa y refrenar de servile obra, y Episcopalians tiene que comulgar
una traficante en bienes robados
un entierro decente
una decisión unfavorable a la oposición
un músculo profundo de la pata
una derrota en un juego donde un lado falla para puntuar
un degenerative estado del núcleo de celda
un electrodoméstico dental que dientes de controles (o una prótesis) en puesto después de orthodontic tratamiento
una representación en la forma de un animal
un escritorio para escritura (normalmente con un sloping copa)
un escritorio utilizado para escribir
un despairing vista de la situación mundial
un destructivo y contagioso bacterial enfermedad de caballos que puede ser transmitido a humanos
una lista detallada de todos los elementos en stock
un aparato que puede interleave dos o más actividades
un aparato que hojas de tabaco de las causas o fruta o escondrijos para sudar
un diminutive fruta, especialmente uno aquello es parte de una fruta múltiple
un desorden de los órganos vocales que resultados en la pérdida de voz
un dispensador que productos un vapor químico para ser inhalado para relevar congestión nasal
un disreputable sitio de diversión
una falda dividida
un documento escrito por alguien todavía legalmente capaz pidiendo que tendría que ser dejado para morir si posteriormente severamente inutilizado o padeciendo enfermedad terminal
un perro entrenó a hacienda de guardia
un dobles pronged el alfiler utilizó para aguantar el cabello de las mujeres en colocar
una ladera descendente o doblar
un dibujo de los esbozos de formas u objeta
una droga (nombre de comercio Trental) utilizó para tratar claudication
una droga utilizada como un anestésico por veterinarians
un estado seco
una copia duplicada
un niño obediente
un tejido hecho de las fibras tomadas de la melena o cola de caballos
un blanco de cara con bramar
una mácula facial
una expresión facial de desacato o scorn
un faller entre ladrones
un inicio falso
una familia de edentates comprendiendo el cierto sloths
una familia de gimnospermas
una falta o defecto en un programa de ordenador, sistema, o máquina
una sensación de rabia profunda y amarga y enfermo-voluntad
una sensación de intensidad emocional extrema
una sensación de la molestia intensa causada por ser tormented
una batuta hembra twirler quién acompaña un marching banda
un carácter hembra en algunas historias de hada quién tiene poderes mágicos y puede traer fortuna buena inesperada al héroe o heroína
un fictional beagle en una tira de cómic dibujada por Charles Schulz
un encontrando tan a la aplicabilidad de una regla de ley a hechos particulares
una empresa de los expertos que proporcionan consejo profesional a una organización para un coste
un flimsy mesa
un fluido en el estado gaseoso habiendo tampoco forma independiente ni volumen y siendo capaz de expandir indefinidamente
un flush portada de hierro para un manhole (como en una calle)
un pliegue de la piel que cubre la punta del clitoris
un jugador de fútbol quién aborda el transportista de bola
un footrace de normalmente 3000 metros sobre una pista cerrada con hurdles y una agua salta
un comprador extranjero quién compra bienes francamente para reventa
una forma del apatito en qué flúor predomina encima cloro
una corte inglesa anterior que acaecía notorio para sus métodos arbitrarios y castigos severos
un cuatro-sided polígono regular
un fourfold aumento en la dosificación
un fragante oleoresin
un marco hecho de dos hoops
un libre, Webampliamenteutilizada Servidor de Mapa
un caballo fresco especialmente (anteriormente) para reemplazar uno asesinado o herido en batallar
un fungal enfermedad de plantas leñosas que causas localized daño al ladrido
un hongo con un riñón blanquecino-shaped tapón y elongated poros
una galería ocupada por un órgano de iglesia
un jardín en una azotea de un construyendo
un jardinero quién mueve plantas a ubicaciones nuevas
un gen que activa la producción de ARN de mensajero por genes estructurales adyacentes
una proximidad general
hace una generación...buxom Las actrices eran populares
un genus de Nephropsidae
un genus de mentas Mundiales Viejas del familiares Labiatae
un genus del hongo que pertenece al familiar Tricholomataceae
un genus de hierba habiendo sólo uno especie sabida: castor-el óleo planta
una progresión geométrica escrita como suma
un escritor dotado
un goodish vino
una congregación suma de pájaros voló sobre
una crisis suma
un greenhouse en qué plantas están arregladas en una manera de complacer
un gris squally mañana
un surco o furrow en tela etc (particularmente un surco cóncavo superficial en el eje de una columna)
un grupo de pintores de Estados Unidos fundó en 1907 y notado para sus representaciones realistas de sordid aspectos de vida de ciudad
un engomar de semillas del guar planta
un gutsy vino tinto
un ejercicio gimnástico actuado en la barra horizontal por balancear alrededor él con el ente plenamente extendió
un handgrip que un gymnast usos cuándo actuando ejercicios en un pommel caballo
una liebre es-helecho de pies del genus Davallia
un arnés ata aquello conecta la pieza de nariz al girth
un hawkweed con una roseta de morado-veined hojas basales
un dolor de cabeza que resulta de congestión o infección en el paranasal senos
un coche fuertemente construido
un pesado elemento metálico magnético dúctil
un pesado amarillo líquido explosivo grasiento venenoso obtenido por nitrating glycerol
un hectic y pressured el estilo de vida a menudo caracterizado por recklessness o disipación
un heron rookery
una movilidad alta, vehículo multiuso , militar con cuatro-la rueda conduce
una velocidad alta centrifuge utilizado para determinar las masas moleculares relativas de moléculas grandes en proteínas y polímeros altos
una producción teatral altamente exitosa
un altamente venomous del sur africano mamba temido debido a su quickness y readiness para morder
un cerro en Washington, D.C., donde el Capitol el edificio sienta y el congreso cumple
un hoe aquello está utilizado por pulsar más que estirar
un holding en la forma de acciones de empresas
un agujero hecho por un paso de bala a través de él
unas vacaciones donde tú las mismas cosas haces en obrar
una estructura horizontal que particiones un barco o caja (especialmente uno construyó cercano al fondo real)
un caballar-transporte dibujado
un hotel en un esquí recurre
una prisión enorme battue estuvo ordenado
una obra humorística basada en situaciones que podría surgir en día-a-vida de día
una isla en el Netherlands Antillas aquello es la copa de un volcán extinto
una junta de un dedo cuándo el puño está cerrado
una aventura de junta entre una empresa extranjera y una empresa de Estados Unidos
un Chico de joven Scout
una clase de Nuevo Mundo oriole
una clase del cuerno fuerte anteriormente utilizado encima vehículos de motor
una clase de snowmobile
un cuchillo que se parece a un cleaver
un nudo utilizó para conectar los fines de dos cuerdas grandes o hawsers
un laboratorio dedicó para investigar y desarrollo para defensa nacional
una carencia de sentir o expresión o movimiento
un lago en el borde entre Nevada y California al del oeste de Carson Ciudad
un grandes Praetorian la burocracia llenada con ambicioso...Y a menudo sycophantic las personas hace obra y problema de marcas
un parque de distracción grande establecido en 1971 al suroeste de Orlando
una institución grande y diversa de aprendizaje más alto creó para educar de por vida y para una profesión y para conceder grados
un grupo grande y taxonómicamente difícil de Ascomycetes en qué el carnoso fruiting el ente es disklike o copa-shaped
un fardo grande atado para almacenamiento o transportar
un grandes atenúa impassive hombre
una familia grande de arboviruses aquello afecta una gama ancha de anfitriones (principalmente vertebrados y artrópodos)
una familia grande de plantas con cuatro-petaled flores
una cara humana gorda grande
un grandes genus de dicotyledonous árboles y arbustos del familiares Aquifoliaceae aquello tiene bayas y flores pequeñas (incluyendo hollies)
una ubicación indefinida grande en la superficie de la Tierra
un orden grande de dicotyledonous plantas de subclase Dilleniidae
una ronda grande wicker cesta (utilizado en parque)
una vida-medida dummy utilizado para mostrar ropa
un limber imaginación
una línea de las personas esperanzadoras de obtener entradas
una lista de elementos para ser adquiridos
una sala de concierto viva
una ola de marejada larga como adelanta hacia la orilla
una horizontal larga timber para conectar uprights
un largo monotonous harangue
una toga quecabesuelta de towelling
un amorosos sintiendo
un bajo-abajo sneak
un bajo-pitched techo
un puerto mexicano importante en el Golfo de México en el estado de Veracruz
un importante self-parte contenida de una sinfonía o sonata
una familia de mamífero de las ardillas ciertas que incluyen: ardillas de tierra
un hombre quién cria (o tiende) ganado
una mujer casada que sirve como el encargado a la novia en una boda
un mate sirviendo tan lino de mesa para un sitio individual que pone
un partido entre dos equipos de criquet
un testigo material
una medida de poder eléctrico
una medida de la tasa de disminución en la intensidad de radiación electromagnética (como ligero) como pasa a través de una sustancia dada
una medida o estándar utilizado para comparación
un instrumento médico para dilatar un bodily pasaje o cavidad para examinar el interior
un instrumento médico utilizó para inyectar o retirar fluidos
una reunión arreglada por el visitante para ver alguien (como un doctor o abogado) para tratamiento o consejo
una melodía utilizó para identificar un intérprete o una banda de baile o radiofónico/tv programa
un miembro de unas personas indias norteamericanas que viven en centrales Baja California
un miembro de las personas indias americanas Del sur viviendo en Brasil y Paraguay
un miembro de la tribu de Franks quién resolvió en el Netherlands en el siglo IV dC
un mendacious declaración
un cilindro metálico empaquetado con disparado y utilizado tan munición en un firearm
un metro para medir la cantidad de poder eléctrico utilizó
una unidad métrica de la periodo igual a centésimo de un metro
una unidad métrica de la periodo igual a un diez billionth de un metro (o 0.0001 micron)
un microscopically túbulo pequeño
una manera media entre dos extremos
un suaves reasonableness
un grupo militante de extremista Sunnis quiénes se creen los intérpretes correctos únicos del Corán y considerar musulmanes moderados para ser infidels
un vehículo de combate militar en ruedas con armadura ligera (y normalmente una ametralladora)
un submarino militar diseñado y armado para atacar el enemigo que embarca
una mezcla que contiene alcohol medio por volumen en 60 grados Fahrenheit
una versión inglesa moderna de la Biblia y Apocrypha
un erudito moderno quién es en una puesto para adquirir más de conocimiento superficial aproximadamente muchos intereses diferentes
una columna más o menos vertical de airear whirling alrededor él tan se move la superficie de la Tierra
un mound de fatty el tejido que cubre el área púbica en mujeres
un escalador de montaña quién especializa en difícil sube
una montaña en el central Himalayas en el borde de Tibet y Nepal (24,780 pies alto)
un movimiento arriba
una estrella múltiple en la constelación de Orion
un mummified el ente estuvo encontrado
un narcótico droga aquello está utilizado sólo ocasionalmente y está alegado para ser nonaddictive
un estrecho buoyant junta para montar surf
un estrecho flattened pleat o plegar aquello es stitched en colocar
un parque nacional en California habiendo montañas y lagos volcánicos y muelles calientes
un nativo o habitante de Brunei
un nativo o habitante de Chad
un nativo o habitante de Georgia en Asia
un nativo o habitante de Italia
un nativo o habitante de Macedon
un nativo o residente de Oregón
una pérdida natural de los productos de concepción
un nuevo apportionment (especialmente un nuevo apportionment de congressional escaños en los Estados Unidos en la base de resultados de censo)
un newsletter escrito por un analista del mercado de valores y vendido a suscriptores
un nonsteroidal droga de antiinflamatorio (nombre de comercio Feldene) utilizó para tratar artritis y otro inflammatory afecciones
un del norte Caucasian la lengua hablada por el Chechen
una muesca cortada en el tronco de árbol para determinar la dirección de su caída
un nucleótido derivado de adenosina que ocurre en tejido de músculo
una lista numerada
un enfermero quién cria el niño de otra mujer como su propio
un un-la noche está
un un-pieza quecabeestanco undergarment para mujeres que portadas el torso (y puede tener mangas y patas)
un dolor en la mano que no es traumático
un pintor quién aplica una capa de acabado
un pálido o subdued color
una mentira palpable
un parásito en varios árboles
una cuestión particularmente difícil o desconcertante o problema
una economía pastoral
un periodo en historia británica durante el reinado de Reina Victoria en el siglo XIX
un cargo periódico que no varía con volumen empresarial (como seguro o alquiler o pagos de hipoteca etc.)
una persona (como un autor) de soportar fama
una persona de subnormal inteligencia
una persona de unquestioning obediencia
una persona responsable para contratar trabajadores
una persona quién ha sido condenado de un criminal offense
una persona quién tiene narcolepsia
una persona quién es un miembro de una sociedad
una persona quién no es socialized
una persona quién es de igual estando con otro en un grupo
una persona quién las vidas y las obras encima aterrizan
una persona quién reduce la intensidad (p. ej., de miedos) y calmas y pacifica
una persona quién estudios y resuelve conflictos y disputas
una persona quién viaja por pies
una persona con una creencia perjudicada en la superioridad de su o su clase propia
una persona con un desorden de personalidad antisocial (`psicópata' era una vez ampliamente utilizado pero ahora ha sido superseded por `sociopath')
un filósofo quién especializa en moral y problemas morales
una afección física en qué hay un alboroto de normal funcionando
un físico quién especializa en acústicas
un arenque escabechado filet aquello ha sido rodado o envuelto alrededor de un pepinillo
una provincia montañosa pintoresca de Austria occidental e italia del norte
un mueble habiendo un liso plano superior aquello es normalmente apoyado por uno o patas más verticales
una pieza de carne aquello ha sido cortado de un animal carcass
un dinero de hoja de papel (especialmente uno emitido por un banco central)
un pitcher quién no empieza el juego
un sitio donde parque de taxis mientras a la espera de clientes
una hormona de planta aislada de un hongo
una planta del genus Haplopappus
una planta que crece en un moist hábitat
un jugador quién hace un marcador en un juego o disputar
una escena agradable
una firmeza de complacer y frescura
un punto o alcance en espacial
una herramienta apuntada para marcar superficies o para pegar agujeros pequeños
una póliza de obsolescencia prevista
una ciruela política
una unidad política regida por una deidad (o por los oficiales pensaron para ser divinely guiados)
un ente políticamente organizado de personas bajo un gobierno solo
una especie polimórfica
una especie poliploide
un hongo comestible popular con un tapón el color de hígado o carne cruda
una chica popular
un portuario y ciudad de centro en el francés Riviera
una ciudad portuaria en México occidental en el océano Pacífico
un puerto en el Atlántico y la ciudad más grande de Marruecos
un vector positivamente dirigido
una herramienta de poder para suavizar o shaping madera
un poderosos doglike mamífero de África del sur y oriental aquello caza en bandas grandes
un precinct en qué aplicación de ley es la responsabilidad de la policía particular fuerza
un presente dado a alguien casándose
una oficina privada sagrada al Presidente
un caso probable o la mayoría de caso probable
un progestin compuesto (nombre de comercio Provera) utilizó para tratar menstrual desórdenes
un programa diseñado para entrenar en destrezas concretas
una proyección como una barbilla formada por los sépalos y base de la columna en algunas orquídeas
una línea negra prolongada a través de la página
una cobertura protectora llevada sobre la cara
un momento orgulloso
un provident planes de padre para la educación de sus niños
una provincia de Papúa Nueva Guinea
un provocative baile de noviazgo español en tiempo triple
una droga psicotrópica que induce alucinaciones o experiencias sensoriales alteradas
unas vacaciones públicas en Canadá en el lunes encima o antes de que mayo 24.º
un puding hecho con guisantes de ruptura estirada mezclados con huevo
una uva de mesa morada de los Estados Unidos nororientales
una cantidad de dinero
un tranquilo inoffensive hombre
una balsa para utilizar si un barco tiene que ser abandonado en una emergencia
una batalla furiosa
un baile de lluvia de Amerindians
un rastrillo utilizado por jardineros
un caballo de gama de los Estados Unidos occidentales
un rápidamente disparando pistola automática (a menudo montado)
una herida cruda
un lector-novela amistosa
un reapportioning de algo
un reed es el vibrador que productos el sonido
un enfermero registrado quién ha recibido formación especial y puede actuar muchos de los deberes de un physician
una relación que implica tiempo
una daga relativamente larga con una hoja recta
un remittent fiebre
una república en América del Norte del sur
un suburbio residencial de Fénix
un resolvable pelea
una ciudad de centro en Crimea en la Ucrania del sur en el Mar Negro
una jubilación planea aquello te dejas para contribuir una suma anual limitada hacia vuestra jubilación
un reversion al estado (como el dueño definitivo de hacienda) en la ausencia de herederos legales
una revolución para reformas agrarias dirigió en México del norte por Pancho Villa y en México del sur por Emiliano Zapata (1910-1911)
un riblike parte de una planta o animal (como una costilla media de una hoja o una veta espesada de una ala de insecto)
un estofado de carne rico altamente condimentado con paprika
un derecho basado en ley
un disturbio causado por aversión para uno otro de miembros de razas diferentes en el mismo comunitarios
un río en Carolina del Norte que flujos al sureste al Océano Atlántico en Cabo Teme
un río en northwestern Florida formó por la confluencia del Chattahoochee Río y el Río de Sílex en el borde de Florida
un corro de monedas envolvió en papel
un corro de la película fotográfica que aguanta una serie de marcos para ser proyectados por un proyector de película
un roofed arcada o galería con los lados abiertos que extienden a lo largo del frente o lado de un construyendo
un rootless trotamundos
un sable cerró de golpe fearsomely a través del matorral en todas las direcciones
una vaso de navegación con un aparejo especificado
una sal de tungstic ácido
un cliente satisfecho
un saturado fatty el ácido que ocurre naturalmente en animal y grasas de vegetal
una salsa típicamente servida con pasta
un viaje planificado por avión entre designó aeropuertos
un escolares establecidos y controló en privado y apoyado por dotación y tuition
una escuela para especial entrenando
un viento estacional en Asia del sur
un movimiento secreto (para evitar pagando deudas)
un secretos o underhand medio de acceso (a un sitio o una puesto)
un esquema secreto para hacer algo (especialmente algo underhand o ilegal)
una seguridad prometida para el reembolso de un préstamo
un sedan aquello no tiene ningún techo sobre el escaño de la motor
un serio devotee de algún género de música particular o intérprete musical
un criado empleó para hacer una variedad de trabajos
un serviceman quién ha visto servicio activo considerable
un conjunto de dos cosas similares consideró como unidad
un poblamiento en la frontera de civilización
un muchos-sembrados dehiscent fruta tan p. ej. de un leguminous planta
una infección sexualmente transmitida causada por bacterias del genus Chlamydia
una forma creada por fuerzas naturales
una forma cuya base es un círculo y cuyos lados taper hasta cierto punto
un barco costa afuera encallada
una tienda que vende a punto-a-comer productos alimentarios
el pasaje a escaso añadió al final de una obra literaria
a escaso balanceando la perforadora entregada del lado con el codo dobló
a escaso-el receptáculo manejado a qué polvo puede ser barrido
un disparó apuntado en la jefa de una persona
una señal para empezar (como en una raza)
un tono solo repetido con palabras diferentes o ritmos diferentes (especialmente en rendering textos litúrgicos)
un sizzling ola de tiempo
un más torcido para aguantar carne sobre un fuego
una falda agarrotada con hoops
una falda cuyo tejido está dibujado junto alrededor de la cintura
un sleepy-eyed niño con drooping eyelids
una área pequeña de la tierra cubierta por vegetación concreta
un pequeño contrastando parte de algo
un vehículo industrial pequeño con un poder operó programa bifurcada delante que puede ser insertado bajo cargas a impulso y moverles
un pequeño invasive self-pollinating weed con el blanco pequeño florece
un pequeño pond de estar agua
un palo pequeño utilizó para barajar bebidas mixtas
un pequeño worthless cantidad
una sonrisa tomada tan consentimiento
un guijarro blando-grained la piel hecha de goatskin
un rojo blando birthmark
un queso blanco blando con un olor penetrante muy fuerte y sazonar
una comida sólida preparada del requesón pulsado de ordeñar
un soughing viento en los pinos
un spatially localized brillo
un especialista en cuidado para los pies
una esfera especializada de conocimiento
una capa concreta o estrato de tierra o subsuelo en una sección de cruz vertical de aterrizar
un remedio concreto
un espectáculo espectacular organizado en 1883 por William F. Cody aquello constó horseback equitación y marksmanship a gran escala
un desorden de habla en qué la misma palabra está repetido varios tiempo en sucesión
un esférico flask con un cuello estrecho
un spirally estriado spindle en un reloj que counteracts el poder menguando del desarrollo mainspring
una pérdida espontánea de la consciencia causada por sangre insuficiente al cerebro
un trato cuadrado
un squarely hoja de papel de corte
un squatty chimenea roja
una área de fase fuera de vista de la audiencia
un ejército de estar
un estatal ejercitando un grado de dominion sobre un estado dependiente especialmente en sus asuntos extranjeros
un estado de elated bliss
un empinado-amurallado semicircular lavabo en una montaña
un hueso de grano tosco
un stout el personal con un metal señala
una sustancia añadió a otro para hacerlo menos duro
un intento exitoso en puntuar
un deseo repentino
una tormenta repentina
un repentino uncontrollable ataque
un traje o vestido para ocasiones formales
un apoyo que se estabiliza o fortalece algo más
un surficial geologic depósito
un surrogate la madre es artificialmente inseminada con el semen del padre y lleva el feto para denominar
un cambio (un palo o caña o plano paddle) utilizó para castigar niños
un síntoma de desórdenes de metabolismo gordo y malabsorption síndrome
un sistema de scaffolds
un sistema cuya actuación no puede ser descrita por ecuaciones del primer grado
un impuesto levado en la diferencia entre el precio de una mercancía antes de impuestos y su coste de producción
un boxeador técnicamente brillante
un temperamental cantante de ópera
un monopolio provisional en una clase de comercio comercial
una sugerencia provisional diseñó a elicit las reacciones de otros
un plazo de alocución para una mujer anciana
un helecho de árbol terrestre de América Del sur
un ruido fabuloso
una reparto territorial de un estatal
una celda terrorista que actúa clandestine actividades
un tete-un-tete cena
una república islámica teocrática en el Oriente Medio en Asia occidental
un termómetro que registros la temperatura dentro de un horno
un termómetro utilizó para determinar la temperatura de jarabes de caramelo durante cocinar
un theropod dinosaurio del genus Eoraptor
una barba delgada
un tejido lustroso delgado hecho de la lana del Lama pacos, o hecho de un rayon o imitación de algodón de aquella lana
un plato delgado o capa (especialmente de hueso o mineral)
un thorny raíz o ramita
un tres-legged taburete
un estanco sleeveless y collarless chaqueta (a menudo hecho de piel) llevado por hombres en tiempo anterior
un pub estrechamente empaquetado
un periodo de tiempo de una semana o más
un título de respeto para un clérigo
un superior llevado por mujeres
un torpedo diseñó para ser lanzado de un submarino
una ciudad en Arizona en el borde mexicano opuesto Nogales, México
una ciudad en California al del sur de San Francisco
una ciudad en Nebraska central del sur
una pedrería transparente o traslúcida con un pearly luster
una puerta de trampa que me hice curioso
un afluente del Río de Ohio en Virginia Occidental
un trowel utilizados para hacer una superficie slick
un bug cierto: normalmente brillante-colored
un tumbler quién es un miembro de un turnverein
un tipo de hombre primitivo quién vivió en Europa
un tipo de la tierra que consta de unconsolidated material de aluvión depositado recientemente o arena
una unión de trabajadores para una empresa sola
una unidad reunió por separado pero diseñado a apto con otras unidades en un producto fabricado
una unidad de la información igual a 1000 bytes
una unidad de la información igual a 1000 kilobytes o 10^6 (1,000,000) bytes
una unidad de percibido loudness igual al loudness de un 1000-hertz tono en 40 dB encima umbral
una universidad en Madison, Wisconsin
un vehemente y vociferous advocacy de una causa
un vehículo que movimientos en ruedas y normalmente tiene un envase para transportar cosas o personas
un veredicto introducido por la corte en una prueba de jurado sin consideración por el jurado
una cara muy expresiva
un virus que es parásito (se reproduce) en bacterias
un trabajador de voluntario en un hospital
un aparato de aviso que consta de un cuerno que genera un tono bajo fuerte
un vigilante entrenó para atacar encima mandar
un watchman en un wharf
una arma de destrucción de masa cuyo poder explosivo deriva de una reacción nuclear
una sal blanca (KClO3) utilizó en partidos, fireworks, y explosivos
un cable-haired terrier
una mujer confiada con el cuidado y supervisión de un niño (especialmente en una casa particular)
una mujer religiosa
un cantante de mujer habiendo una voz de contralto
un bloque de madera construido a una muro de masonería de modo que joinery la estructura puede ser clavada a él
un woodworker cuchillo para afeitar superficies
un hongo leñoso que formas shelflike sporophores encima troncos de árbol y la madera estructura
una palabra o el morfema utilizado en algunas lenguas en contextos seguros (como contar) para indicar la clase semántica al cual el elemento contado pertenece
un workman quién dirige u obras en un almacén
un escritor quién informes y analiza casos del día
una evaluación escrita de una obra de literatura
un símbolo escrito que suele representa habla
un joven quahog
capaz de existir debajo más de uno puesto de afecciones
aumento anormal en número de celdas
estrechamiento anormal del intestino
poderes anormales de concentración
anormalmente temerosos de sitios abiertos o públicos
absurdo o tonto porque improbable
accesible a toda
según instrucciones
acumula dinero para uso futuro
independencia conseguida del Reino Unido en 1961
haciendas acústicas de una sala
ley, siente, o dar mutuamente o a cambio
de lluvia implicada en mantener algo en actividad de orden
real e imaginado condiciona
la cinta adhesiva utilizó para cubrir la parte de una superficie que no tendría que ser el
admira boundlessly y seguir alrededor
admissibility como consecuencia de ser permitted
de comportamiento es un transitional la fase entre niñez y adolescencia
el adulterio es tan reprehensible para un marido en cuanto a un adulterio
de avance de los pasos para
afectado por emoción como si por la electricidad
afectado con o marcado por el frenesí o la manía incontrolados por razonar
después de que implantación del blastocyst en la muro uterina el trophoblast divide a dos capas, el corion y la placenta
después de la revolución la aristocracia estuvo acabada
contra violators de orden y paz internacionales
leyes agresivas contra otro país
comercial agrícola considerada como una ocupación o agricultura
muro uterinas en teñir ayudas
misil aire-aire con infrarrojo homing aeronave
elefante indio que ocurre en albúmina de
todo nuestro valuables estuvo robado
casi a través de con sus estudios
altera el sabor de
alternativamente, el estrés electrostático produce un cambio en las dimensiones lineales del cristal
Soy reflejo indeseado en un sistema óptico (o el fogging de una imagen que está causado por tal reflejo)
amphibia habiendo vértebras cuyos elementos de componente están fusionados a unos anfibios de
un americano quién vive en el Del sur
un Anatolian lengua
un boomerang australiano
un grupo extremista islámico activo desde el tardío 1970s
una capacidad de actuar bien
una afección anormal que resulta de tomar vitaminas excesivamente
un crecimiento anormal o excrescence (especialmente un warty excrescence en las válvulas del corazón)
un concepto abstracto que parece indefinable
una ubicación mental abstracta
una academia que da premios anuales para consecuciones excepcionales en televisivos
un achondroplastic enano cuya medida pequeña es el resultado de un defecto genético
un actor en una comedia
un actor quién dibuja más atención que otros actores en la misma escena
un agudos contagiosos viral enfermedad de África occidental central
una infección intestinal aguda causada por ingestión de agua contaminada o alimentario
un ingrediente adicional que está añadido por mezclar con la base
unos círculos de cadena ajustables la pipa con sus fines conectó a la jefa cuyos dientes comprometen la pipa
un anuncio que ofrece algo libre para excitar clientes' interés
un Gramo aeróbico-negativo coccobacillus que causas brucellosis
una afinidad para tejidos neuronales
una afrenta a un dignidad o autoestima
una agencia del gobierno canadiense que unifica las unidades de inteligencia de agencias de aplicación de ley canadienses
un calor agradable en la casa
un aimless dibujando
una aeronave que tiene una ala fija y es powered por hélices o jets
una aleación que contiene 75 por oro de céntimo
un aminoácido que contiene azufre que está encontrado en más proteínas
un mineral amorfo
un amplificador que obras en el mismo principio como láser y emits radiación de microonda coherente
una distracción aparca aquello está organizado alrededor algún tema (como el mundo de mañana)
una aproximación analítica
una ciudad antigua en southeastern Irán
un simio o mono
una elección arbitraria
un arqueólogo especializado en paleography
un matrimonio arreglado
un artefacto que deviates de una norma o estándar
un asumió cheerfulness
un auricle deformado por daño
un automático `gracias'
un elaborar patrón de encaje
un cambio eléctrico operado por pulsar
un elefante goad con una espiga aguda y un gancho
una respuesta emocional aquello ha sido adquirido por condicionar
una doctrina empírica que defiende principios experimentales
un vaso vacío
un compromiso por contrae implicar obligación financiera
una diversión que provoca interés complacido y distrae tú de preocupaciones y vejaciones
una entidad que puede lanzar una sombra
una enzima que catalyzes la formación de ARN y ADN nuevos de una hebra de existir de ADN o ARN
una erupción de reluciente plano-coronó purplish (normalmente itchy) papules en la muñeca y antebrazos y muslos
un incluso aplicación de barniz
un mal obra no necesariamente punible por ley
una expresión de acuerdo que no es apoyado por condena real
una parte de ente externa que proyectos del ente
un extinto Osco-Umbrian lengua de Italia antigua aquello sobrevive sólo en unos cuantos inscriptions
una comedia extravagante en qué acción es más saliente que caracterización
un heredero cuyo derecho a una herencia no puede ser derrotada si aquella persona outlives el antepasado
un honorary grado en bellas artes
un grado de honores de la clase más alta
una identificación de un editor
un enfermo-intervención cronometrada
una lotería diaria ilegal
un centro comercial importante
una persona importada traída de un país extranjero
un gesto impulsivo de afecto
una traducción inexacta
un indicador habiendo una secuencia graduada de marcas
una actuación indiferente
un caso individual de un tipo de símbolo
un centro industrial y la salud recurren
un económico fipple flauta
un infernal estorbo
una bola hinchada o bolso que está suspendido y pegado para entrenar en boxear
un uso informal de la palabra latina para padre
un informer o el espía que obra para la policía
un habitante de Nazaret
un habitante de antiguo Chaldea
un inseparable twosome
una sal de calcio insoluble de stearic ácido y palmitic ácido
un caso de percepción visual
un interés seguido con celo exagerado
un bloque de hierro cortado con agujeros y surcos para asistir en metal laborable frío
una isla en la entrada de Galveston Bahía
una isla en el Aegean Mar
un estado de isla en las Indias Del oeste en el southeastern Mar de Caribe
una centro de verano de la isla fuera de Bacalao de Cabo
una obligación de pagar dinero a otra fiesta
unos graves obsoletos cornet
una algo ocular es un pigmented órgano o separar creído para ser sensible de encender
un agente o miembro de tripulación de un privateer
un óleo de cacahuetes
un pozo petrolífero cuya producción ha declinado a menos de diez barriles un día
un oilman quién perfora exploratorio wells en el territorio no sabido para ser un campo de petróleo
una lonjadecalle de aire abierto para prendas económicas o de segunda mano
una versióndefuente abierta del sistema operativo de UNIX
un abriendo que se parece a una boca (como de una cueva o un gorge)
un aparato óptico para ver stereoscopic fotografías
una orquídea del genus Spiranthes habiendo esbelto a menudo torció espigas de flores blancas
una parón de órgano que produce un suave tremolo efecto
un lavabo ornamental (normalmente en un jardín) para pájaros para bañar en
un patrón ornamental que consta de repetido líneas verticales y horizontales (a menudo en alivio)
una tribuna exterior sin un techo
un esbozo o sinopsis de un juego (o, por prórroga, de una obra literaria)
una masa ovalada del asunto gris localizado en el caudal parte del subthalamus
un overactive glándula tiroides
un unceremonial manera
un unconditioned reflex
un unenlightening comentario
un unfortunate decisión
un unfortunate estatal resultando de unfavorable resultados
un unfriendly coldness de manera
un unhoped-para pieza de suerte
un unidentified soldado cuyo ente es honored como conmemorativo
un unoccupied cabina telefónica
un unsaturated ácido (C4H6O2) utilizó para hacer resinas y plásticos
un unsaturated fatty el óleo obtenido de delfines y utilizados como lubrificante fino
un unused envelope
nubes enojadas en el horizonte
de arañas cazado para alimentario o animal
cápsulas de la semilla weed con finely espigas y follaje divididos de las flores verdes
papeles antiguos de entrancing diseño
antitoxin dados para inmunizacióndeplazo corto contra tetanus en casos de exposición posible al tetanus antónimos
cualquier agradable (complaciendo y armonioso) suena
cualquier aparato que osos el peso de otra cosa
cualquier escena dramática
cualquier característica que está considerado como signo de estado (un poder particular o calidad o fila)
cualquier hierba del genus Panicum
cualquier satélite natural de un planeta
muy de un grupo de picornaviruses aquello infecta el gastrointestinal vías y puede extender a otras áreas (especialmente el sistema nervioso)
cualquiera de escarabajos numerosos que bolas de corro de dung encima cuál alimentan y en qué ponen huevos
cualquiera de arbustos numerosos o árboles pequeños del genus Combretum habiendo espigas de flores pequeñas
cualquiera de ente celestiales pequeños numerosos compuso de rock y metal que movimiento alrededor del sol (principalmente entre las órbitas de Marte y Júpiter)
muy de numerosos pequeños nonvenomous culebras norteamericanas con una red amarilla o naranja alrededor del cuello
muy de varias veta paralelas torcidas que acompañan arterias del mismo nombre
cualquiera de varios equine mamíferos de Asia y nordeste África
cualquiera de varios primitivo mouselike roedores con largos hind patas y ninguna mejilla pouches
cualquiera de los gobernantes británicos quién era miembros de la Casa de Hanover
cualquiera de las vaso linfáticas que transmite chyle del intestino delgado al torácico duct
cualquiera de varios acuático y reptiles de tierra habiendo un bony concha y flipper-gustar limbs para nadar
cualquiera de varios coció las comidas hicieron de dough o batter
cualquiera de varios embudo-shaped partes del ente (pero especialmente el hypophyseal stalk)
cualquiera de varios juicy fruta del genus Vitis con pieles verdes o moradas
cualquiera de varios nonruminant hoofed mamíferos habiendo piel muy gruesa: elefante
cualquiera de varias plantas del familiares Leguminosae que normalmente crecer como parras
muy de varias plantas del genus Uvularia habiendo amarillentos drooping timbre-shaped flores
cualquiera de varios tropical y subtropical plantas habiendo trifoliate hojas y secciones de vaina pegajosas ásperas o loments
cualesquier opiniones o doctrinas en desacuerdo con el oficiales u orthodox colocar
cualquier prueba de personalidad diseñó para ceder información aproximadamente alguien es personalidad en la base de su unrestricted respuesta a situaciones u objetos ambiguos
cualquier planta crecida para su belleza o valor ornamental
cualquier planta del genus Gesneria
cualquier planta del genus Phacelia
cualquier poliedro habiendo cuatro plano afronta
cualquier procedimiento quirúrgico que no implica anestesia o asistencia respiratoria
que apela al general público
parece para empezar una actividad
de mamíferos de insectos modernos y floreciendo aspecto
parece en números sumos en intervalos infrecuentes porque las ninfas toman 13 a 17 años para madurar
appendage añadido para extender la periodo de algo
se acerca una edad segura o la velocidad
aproximadamente igual a 133 libras (la carga un hombre crecido puede llevar)
formas de la vida y vaulting
arbusto de enano aromático común en bancos y laderas en Europa
arreglar para y reserva (algo para alguien más) por adelantado
arregla en una secuencia
de consuelo hecho por tramar o felting o tejiendo o crocheting fibras naturales o sintéticas
como un adulto ella a menudo co-protagonizado con Richard Burton (nato en 1932)
como alegre como cualquiera limitó a una cama de hospital podría ser
como impalpable como soñar
como en la expresión
como apedrear
como de una idea
tan de palabras en una pizarra
como el duros flattened balanza de p. ej. los tiburones
pidió un cuello encima programa comerciar en el aspecto
de verbo de una comunicación cuya interpretación depende encima conocimiento del contexto en qué la comunicación ocurre
reunieron para utilizar
asignar importancia social suma para
asume, como de las puesto o las funciones
los fenómenos atmosféricos que acompañan la desaparición diaria del sol
adosa con un clip
ataque con teargas
autor del Monroe Doctrina (1758-1831)
de cebolla que consta de chopped pez y óleos de pez que es vertió overboard para atraer cebo
venda constando de un apósito médico de la gasa absorbente sencilla aguantada en sitio por un plástico o cinta de tejido coated con la
ser un árbitro o umpire en una competición de deportes
ser temeroso o asustado de
ser contiguo de
ser en el verge de dormir
ser o mantenerse en vigor
ser demasiado estanco
acaece chocked con el limo
acaecer hinchado otra vez
acaecido más foco en una área de actividad o campo de estudiar
acaecido similar en sonar
empotrando rodado arriba para llevar
esfuerzos de las ventas dibujada de un keg
siendo una persona
de fuerza en armonía con vuestro gusto o likings
ser malo tampoco diestro ni ser
ser seis más de treinta
ser tres más de noventa
ser tres más de sesenta
creyeron a ha sido desarrollado de la ave de jungla roja
que pertenece a un sitio por el nacimiento
bloqueador de beta que puede reducir la progresión de fallo cardíaco en personaje cuya enfermedad no es derivado
entre Bering Mar y Mar de Okhotsk
entre Europa y África y Asia
bienales la hierba asiática del este crecida para sus flores azules normalmente brillantes
biometric identificación por automáticamente escaneando una persona fingerprints electrónicamente
negro extraño o
bloque de sol fuerte a través de
golpe hacia el golpe
azulado-verde blacksnake encontrado de Ohio a Texas
atado u obligated, como bajo una promesa a una causa particular, acción, o la actitud
de tuercas que contiene finely trinchó pan
rompe el código
respiración de emoción fuerte ensuciado y oscurecido con aparato de
criaron de grandes pesados-coated los perros blancos que se parecen a el Newfoundland
capa blanca de varios muy pequeño compacto wiry-coated perros de origen belga habiendo a escaso bearded raza
árbol de sombra caducifolio verde brillante de Europa del sur
brightly colored pez carnívoro de Indias Atlánticas y Del oeste occidentales abreva
trae al saldo o el equilibrio
trae a conformidad con las reglas o los principios o el uso
trae a la existencia
bristly hierba de América del Norte oriental y central habiendo fruta negra y el ladrido medicinal
de falda por separado para bienes y servicios
la planta bulbosa que tiene levanta hojas lineales y flores amarillas o blancas vistosas tampoco solitarios o en grupos
el fardo de pajas o ramitas adosó a un mango largo
el negocio es atenuar (o lento)
buttered tostada con azúcar y corteza naranja rallada y un poco jugo naranja
por un factor de un millón
por una institución
mediante los dedos
por la provincia
de especias habiendo las capas aguantaron juntas por un empaste dulce y normalmente cubierto con frosting
coste calculado para una unidad dada de un producto
calk los zapatos caballares
puede indicar la dieta inadecuada o desórdenes intestinales o renales
puede utilizar aleta para andar y puede sobrevivir fuera del agua para tres días
pueden nosotros par estas propuestas?
Puede me hago un omelette?
de planta se apean en las velas
de uso en plazos de personal y materiel aquello afecta la capacidad de luchar una capacidad
capaces de ser justificados
capaz de ser rescinded o voided
de Mauricio y ciudad más grande y económico y casal de capital
de Italia aguantó atrás de inversión para cumplir demandas probables o posibles
de Vermont del estado de Virginia localizó en la parte central del este del capital
automovilística theives saber cómo a bypass el ignition interlock
prudentes de los derechos de otros
las plantas carnívoras son capaces de atrapar y digiriendo animales pequeños especialmente los insectos
llevando descendencia en desarrollo dentro del ente o estando a punto de producto la vida nueva
consumo del combustible idénticos excepto sus coches de
cogen en o como si en una trampa
caulk la ventana
causa para acaecer causa
causa para acaecer causa
causar para oscurecer
causa para flotar con la causa
causa para apoyar o inclinar
causado para asomar discomposure
causando la incomodidad mental
que causa o fraught con o asomando el ansia
que cesa para existir
celebra ruidosamente, a menudo indulging en beber
Estados Unidos y Canadá centrales del oeste a Arizona
de alivio de emergencia en velocidades muy altas
seguro lenses es bicylindrical
seguro de hacer historia antes de que está hecho
reto (alguien) para hacer bueno en un reto
cambio a un producto más desarrollado
sistema decimal hacia algo cambio más pequeño o
única de o afectado por neurosis
de piratas de artededía presente y música y literatura y característica
caracterizada por una ausencia o ausencia cercana de la agitación o la actividad
caracterizaron por o constituyendo una forma del gobierno en qué poder está aguantado por uno la potestad central
caracterizado por crecimiento progresivo e incontrolado (especialmente de un tumor)
de cacerola cocinado en una salsa hecha con tomates, ajo, y pollo de
principalmente arbustos caducifolios o árboles pequeños de área mediterránea y Asia occidental: escoba
problemas de dinero crónico
circular
circula nutrientes al embrión en desarrollo
gobierno rusa de una ciudad rusa
orígenes de reclamaciones en pre-religiones paganas cristianas de reclamaciones de
de manos que consta de todo quienes están considerados boobs
de peso con una fregona
cleave el hueso
sube normalmente mediante tendrils
cloak-y-actividades de daga detrás reloj de
cercano o sólo incluso en una raza o la comparación o la competición
cercano con un corcho o el tapón
refresco de club o jugo de fruta utilizaron para mezclar con club
torpes y unskilled
torpes blandos gruesos-bodied el pez Atlántico del norte con aletas pélvicas fusionó a una ventosa
el tejido tosco utilizado para bolsos o despide
tosca pequeño-el guisante sembrado a menudo utilizado como alimentario cuándo joven y tierno
coarsely grano de tierra en la forma de pelotitas (en cuanto a comida de mascota)
leyes escritas, haddocks, celentéreo
coextensive con el familiar Juglandaceae
colapsa el cuello de
empresa teatral de materiales de o característica de la colección de
combina o el aumento por multiplicación
combinando concepción lista y la expresión bromista
Venido abajo como raindrops
venir encima y vernos algunos cronometran
musical en decepción o misery
venir luego después del duodécimo en coloca
chat europeo común con plumaje negro y un rojizo-seno marrón
común cuckoo de Europa habiendo un distintivo llamadadedos notas
común en Inglaterra
sentido común de un la mayoría de refreshing clase
commonplaceness como consecuencia de ser humdrum y no entusiasmando
completan reversal de dirección de viajar
que comprenden la semilla planta que producto un embrión con paired cotyledons y neto-veined las hojas
que encubre bajo un aspecto falso con el intent para engañar
la supremacía admitida al papa
concibe cuándo un feto es ya presente en el útero
concernido con oír y el equilibrio
concoct una mezcla extraña
dolorosa en qué las celdas de un tejido pueden sobrevivir en la presencia de celdas de otra afección
dirigir una entrevista en televisivo, diario, y radiofónico informando
coneflower de centrales a southwestern Estados Unidos
seguro de cumplimiento
limitaron a las personas concretas
conformable a o dejados por la ley
de excelencia a un sentido propio de conformidad de
conectada por un enlace, como coches de vía o camiones de trailer
considerados un antepasado posible a ambos anthropoid los simios y los humanos
que constan de la masa suma
consta de una vaso en qué una sustancia está vaporizada por calor y un condensador donde el vapor es condensado
consta de millones de estrellas que puede ser visto como banda difusa del stretching ligero a través del cielo de noche
de cosas articulada por constricting (pero no cerrando) la vías vocal
constancy de tono o tono o constante
contiene o el control
continual y demandas persistentes
en cambio, no todas las mujeres son conversión
convierte a un pollard
convertido totalmente o en parte a convertidor
cocinados por browning en gordos y entonces simmering en un envase cerrado
no podría decir cuándo sería tomado bebido
courteous respeto por una nación para las leyes e instituciones de otra
portada con un protector sheathing
portada con portada
cubierto con o como si con ropa o un envolver o cloak
creados en 1948 para promover militar y económico y cooperación social y cultural
creado en 1965
creados o dibujados a corto plazo
creando cifras o diseños en tres dimensiones
de corazón que no es mencionado en el Corán así que los jueces son libres de castigar el infractor en cualesquier delitos de
de hoja de papel que los diseñadores tendrían que cumplir en diseñar algún sistema o aparato
curb vuestra cura
cojín el cojín
cortadas a con una madera de
de autentificación o la lágrima irregularmente
averiado por la tormenta
oscura amarillento marrón
pizca apresivamente o con velocidad suma o impetuosity
tratar un problema por reír o fingiendo ser divertido por
de años cuándo respiración y otro reflexes es ausente
arbusto caducifolio de llanura costera de los Estados Unidos orientales que tienen saludando con la cabeza pinkish-flores blancas
decorada en una manera particular
profundo a la noche
Mark derrotado Antony y Cleopatra en 31 BC en Actium (63 BC - ANUNCIO 14)
defensa contra defensa de
deficiente en la sensibilidad humana
deidad del antiguo Phrygians de Asia central del oeste retraso
obstrucción deliberada de la operación de la rama legislativa federal
demuestra por una pruebamatemática, formal
denuncia el scrofulous riqueza del tiempo
que deposita el dinero a él te titulas para aparcar vuestro automovilístico allí para una periodo especificada de cronometra
diseñado para la obra pesada
diseñó para ser aplicado a una parte particular de la cara
el escritorio o el estand con una copa sesgada utilizaron para aguantar un texto en la cota apropiada para un conferenciante
a pesar de nuestro redoubled esfuerzos
destine o designar para un propósito seguro
destruye o extinguir como si por estampar con el pie
deterioran en la salud
determinaron por la geografía
desarrollado en Princeton la universidad
dedican oneself enteramente a algo
de maicena utilizó tan sweetening agente
digiere (alimentario) por adelantado
cochinamente y messy
de patas por perjudicar
desaparece en la adolescencia
discard como indeseables
discontented tan hacia potestad
habla francamente, a menudo en un contexto empresarial
medida del decrecimiento excesiva cordiality (hacia)
exposición en el aire o causa para flotar
colocando de hacienda por traslado voluntario sin recibir valor a cambio
distasteful y desagradables
distinguidos del Cricetidae por típicamente mejilla falta pouches
perturba en mente o hacer uneasy o causa para ser preocupada o alarmado
divide a varias ramas que sangre de suministro al pélvico y gluteal las áreas
hacen doctores de país llamadas de casa de marca quietas?
no asoma reducido bodily funciones que es propio de otro trances
no tarnish en temperaturas normales y está utilizado (alloyed con oro) en las joyas
no cogen vuestro significado
no traste sobre estos detalles pequeños
no coge demasiado cercano al fuego
alicaído después de su derrota
de queso atrás, como con miedo o sorteo
de aire (material) en un heap o la masa
pasa por esta noche
el drowsiness y la sosería manifestados por bostezar
fácilmente perceptible los sonidos
llena que no es equinodermo explicado
crecimiento económico de menos de 1% por el año está considerado para ser estancamiento económico
ectopic embarazo en la cavidad abdominal
los bulbos comestibles útiles en tiempo de scarcity
effervescent beverage artificialmente cobrados con dióxido de carbono
tampoco de un par de lifelines corriendo junto al bowsprit de un barco
eyectada al aire como contramedida de radar
elegido pero no todavía instalado en la oficina
eléctrico actual directo para reducir chispeando cuándo los contactos eléctricos están abiertos o el
que emana de las emociones de una persona y perjudica
embodiment en una forma nueva (especialmente el reappearance o una persona en otra forma)
cerrado firmemente en una masa circundante
mortalidad alta sobre una área geográfica ancha
epiphytic helechos de África y América tropicales
equipa con un fusible
equipa con un stock
borra con una esponja
levanta arándano europeo habiendo flores solitarias y azules-las bayas negras
especialmente creciendo sólo en culturas artificiales especiales
especialmente teniendo las partes arreglaron en espirales más que whorls
especialmente en togas eclesiásticas
especialmente la descendencia producida por criar plantas o animales de razas o variedades diferentes o especie
especialmente aquellos cogidos con gancho y línea y no disponibles en la lonja
establecido en 1822 por americanos como manera de liberar negro los esclavos
eucariotas un-celled los organismos vivientes distintos de animales y plantas pluricelulares: protozoa, moldes de lodo, y algas eucariotas
incluso un idiota sabe que
helecho perennifolio de California y Baja California
arbustos o árboles perennifolios de montañas de Australia y Tasmania
evert el eyelid
cada airhead en un salario grande se apresuró fuera para comprar uno
todo el mundo le confió en con sus confianzas
exageraron sentir de quesonbien o elation
extremadamente repentino e inesperado
excel o derrota en una excelencia
excision del clitoris
de afección para mujeres diseñaron para mejorar la capacidad de aguantar la orina
que exhibe características metódicas y sistemáticas que sería útil en empresarial
expresar quejas, disgusto, displeasure, o la infelicidad
expresa en el sistema métrico
extendió tratamiento de particulars
extrae un extracto de
hechos probablemente para influir el juicio se apellida hechos materiales
fallar para estropear o la podredumbre
bastante grande para un enebro
famosa para industria de vaso
favorables a vida y crecimiento
alimentado por el Hudson River
siente o tener un deseo para
incómoda un poco indisposed hoy
que sienten woozy del golpe en su preocupación
sentía poco dispuesta entangled en sus asuntos
llenan a sobrantes de modo que la función es impaired
llenado o esparcido con un disorderly acumulación de los objetos o la basura
llenando a overflowing
de formaciones era uno de nuestros antepasados' primeros descubrimientos
aptos estrechamente, seguir los contornos de
agua fresca de una carne de pollo
flounder de Estados Unidos del sur
de presión varía seasonally
mediterráneos al sureste al Golfo de México
vuela un plano por utilizar puntos de referencia o hitos visibles
valor nutritiva que caries rápidamente si no refrigerado
para ingleses, un compositor normalmente tendrá dos tales casos, el caso superior que contiene los capitales y el caso más bajo que contiene las letras pequeñas
para menos del número estándar de horas
hoy por hoy
prohibidas al tacto
forcible adoctrinamiento a un conjunto nuevo de las actitudes y las creencias
bosque de actividad humano de lowland América Central habiendo una madera muy ligera fuerte
formar una jefa o venir o crecer a una jefa
ceremonia formal sobre ocasiones importantes
formada en el intestino delgado durante digestión de ingested las grasas
capital anterior del Mogul imperio
nombre anterior del Characidae
anteriormente un montado lawman quién mantuvo orden en la frontera
anteriormente una ley estatal que protegió fabricantes de precio-tajante por dejarles para poner precios minoristas mínimos para su merchandise
clon sola o dividiendo palabras a las sílabas
de Asia sumergió masas en ponds y corrientes quefluyenlentas
forsake, deja detrás de
encontrado una algo manejable para el abrelatas
encontrado casi en todas partes en sitios secos de Canadá a Estados Unidos centrales y occidentales del oeste
encontrado en limones y naranjas y otros óleos esenciales
encontrada en del norte Eurasia
encontraron en praderas norteamericanas occidentales y los bosques abiertos
encontrado sólo el diccionario derecho a apto a su schoolbag
fundó una universidad en Oxford y Winchester Universidad en Winchester
fundada en Chicago en 1905 y dedicado al derrocamiento del capitalismo
plantas enteras de madera
arbusto redondeado fragante de southwestern Estados Unidos y México adyacente habiendo raíces quebradizas y pequeños llenados azules-hojas verdes y flores amarillas
gratis de infirmity o la enfermedad
libre de cobrar
frecuentemente (pero no necesariamente) una solución líquida
frecuentemente asociado con Crohn enfermedad o ulcerative colitis
de aquel tiempo encima
del cerro tomó un seaward curso
del lado
fruta de mermelada de albaricoque que contiene chopped fruta
reunir almejas, por cavar en la arena por el océano
gaunt underfed gasa
aceptación general o utilizar
genus de Carboniferous helechos de fósil
genus de indio Del este y los árboles africanos que ceden balsamic productos
genus de hierbas sudafricanas o asiáticas: africano daisies
genus de Del sur y Centrales americanos heathlike arbustos perennifolios
genus de arbustos y árboles caducifolios de Asia y África tropicales
genus de setas comestibles habiendo esporas blancas un annulus y jugo azul
genus de hierbas bajas de Australia y América tropicales
genus de mucho-branched treelike o shrubby cactos con pronunció costillas y redondeados needlelike espinas y las flores nocturnas normalmente blancas
genus de scapose hierbas de América Del norte y Del sur habiendo bulbos comestibles grandes
genus de hierbas americanas Del sur vistosas con raíces frondosas
genus de alto reedlike orquídeas americanas tropicales
genus de tomentose hierbas africanas tropicales con savia lechosa
genus de hierbas africanas tropicales o subshrubs con normalmente flores azules
genus de tropicales americanos shrubby árboles y escaladores leñosos habiendo ramas esbeltas con hojas planas anchas y panículas grandes de flores
genus de tropicales epiphytic u orquídeas Mundiales Viejas terrestres
genus de weedy Viejos Mundiales amarillos-floreció hierbas normalmente conteniendo una sustancia quepruebaamarga: bitterweed
aparejar para la guerra
empieza o puesto en moción, utilizado figuratively
la ginebra hecha en el Netherlands
jengibre el jengibre
dar un divorcio
dar un secreto a los rusos
da una cuenta de
dar un aspecto antiguo para
da evidencia para
da dolor o problema para
da proporciones agradables para
dado una forma completamente diferente o aspecto
dada como un honor sin los deberes normales
de titulares o huelga con intensidad suma
glowing de calor sumo
baja momentarily
ir sin alimentario
gradualmente adelantando en alcance
el grano pretendió ser o aquello ha sido granos
conceder un perdón a (un grupo de personas)
de uva de la Europa antes de que o durante fermentación
grasslike las plantas que crecen en sitios mojados y teniendo cilíndricos a menudo raíces vacías
más suma en alcance o efectuar
greyish con raya amarilla
grupo de Baptist las congregaciones que creen las docencias del teólogo francés Juan Calvino quién creyó en estricto predetermination
grove de los árboles naranjas
crece la piel nueva sobre un daño
a medias el ancho de un em
salas de aprender
mango y causa para funcionar
guapo arbusto americano Del sur o árbol pequeño habiendo flores escarlatas brillantes y cediendo un valiosos bien-grained la madera amarillenta
colgar loosely, como un bolso vacío
pasar otra vez (especialmente en intervalos regulares)
de acción con una es situación en la vida
acosa con crítica persistente o carping
duro verdoso-madera marrón del lignum vitae árbol y otros árboles del genus Guaiacum
fuerte perennifolio dioecious arbustos y árboles pequeños de Japón
tiene una frecuencia igual a la diferencia entre el dos oscillations
tiene un cuerno alto para aguantar el lariat
tiene un tubo estrecho y un timbre acampanado y está tocado mediante las válvulas
tiene embudo-shaped fruiting el ente
tiene su ver en Canterbury y el soberano como su temporal la jefa
tiene uno o más lenses y suele la vista consta no fácilmente visto
tiene un gusto distintivo o característico
tiene un taproot
tiene las dudas aproximadamente
tener o sentir una aversión o distaste para
habiendo un bosom como especificado o habiendo algo comparó a un bosom
habiendo una cara más larga que el habitual
habiendo una flor o florecer
habiendo una reclamación legalmente establecida
habiendo un margen o fleco de hairlike proyecciones
habiendo una tendencia marcada para cambiar
habiendo un color pálido
habiendo una superficie relativamente ancha en relación a profundidad o grosor
habiendo un ente liso
habiendo una valencia de 1
teniendo un olor rancio ofensivo
habiendo celdas con `buenos' o membrana-ató núcleos
habiendo poder limpiador
habiendo espigas densas de flores blancas pequeñas y cediendo un bulbo con haciendas medicinales
habiendo estrabismo divergente
habiendo los ojos a medias cerrados para ver mejor
habiendo folíolos o lóbulos radiating de un punto común
habiendo ninguna pigmentación
habiendo una jefa o mujer de jefe a la vez (junto con concubines)
habiendo sólo el ojo derecho
que tienen o ejerciendo una influencia maligna
que tiene o narrando a un ente material físico
teniendo o pareciéndose a chelae o claws
que tiene o utilizando sólo un filamento
habiendo colores delicados pálidos
habiendo la piel hizo dura y gruesa a través de lleva
habiendo la carácter o forma de un elipsoide
habiendo tres semillas
habiendo undisturbed continuidad
acaecía enfermo de overwork
compró algún material de lectura en el aeropuerto
les cobró con electoral malpractices
apenas podría existir en un sueldo tan bajo
podría sentir el slickness del tiller
él bien a pesar de su brazo marchito
hizo con el libro todavía unended
él peor en el segundo examen
bebió fuertemente
dibujó el diseño en el stencil con un acero stylus
cayó fuera de la raza, claramente afligido y teniendo respiración de dificultad
él ducked en el screechings de conchas
introdujo el edificio resolutely
sentía que su vida entera había sido un fallo
dio la bola un chut poderoso
dio el envelope un enérgico desgarra
dio ventilación a su rabia
nunca había crecido acostumbrado a la monotonía de su obra
es siempre shnorring cigarrillos de sus amigos
está estudiando para el ministerio
ansió el entorno cómodo de su salón
ansió el restfulness de en casa
miraba en la mujer joven lustfully
hizo un duplicado para las limas
hizo varios estudios antes de empezar para pintar
ordenó un control en la acción
planeó una fiesta para celebrar Bastille Día
tocó béisbol en clase D para dos años
recibió gracias pero no compensación pecuniaria para sus servicios
reconoció su neediness pero tuvo ningún tiempo para responder a él
rehusó las vanidades del mundo
firmó la acción
solucionó el problema brillantemente
estudió las formas de gotasdeviscosidad baja
padeció mentalmente
habló inspirationally
él unwittingly eliminado las remisiones
era sólo cuándo le cumplimos
estuvo cogido arriba en un whirl de obra
era en París recientemente
era un poco interesó
estuvo impactado por la suavidad de la atmósfera que rodea el príncipe joven, surgiendo del superfluity de la feminidad que le guió
era tan bombeado no podría dormir
miró la impresión de la foca en la cera caliente
obró a los límites de su capacidad
obra para una revista
escribe historias para las revistas
tiene el fidgets
desatento del
de hierro causada por una deficiencia congénita de factor VIII
sus heridas son festering
hickory de los Estados Unidos orientales que se parecen a el shagbark pero teniendo una mucha tuerca más grande
más altos en la excelencia o la consecución
altamente enfermedad de virus contagioso de porcino
altamente valorada como alimentario
su bolso incluido dos ciervo
su comportamiento no fue en mantener con la ocasión
su cabello marrón era tousled, grueso, y curly
su edad cronológica era 71 años
su sueña todo giró para fumar
su deseo de morir
su destino está sellado
su tema favorito era física
su heroicidad salvó una vida
su honor perdido
su gritó las palabras de ánimo podrían ser oídas sobre los ruidos de multitud
su sophomore año
su teoría es una amalgama de ideas más tempranas
materiales históricos y literarios que narran al judaísmo
pegado en un ángulo
aguanta líquido por capillary la acción
enorme quadrupedal el dinosaurio herbívoro común en América del Norte en el tardío Jurassic
dolido las sensaciones de
hypothalamically controló las secreciones
Polo Del norte y melocotones con un helado
si tienes cualquier prueba para qué dices, ahora es el tiempo para producirlo
el escritor británico imaginativo concernido con justicia social (1903-1950)
inmigrantes' tradiciones étnicas y religiosas diversas
inmovilización inerte de la rodilla herida era necesaria
en 1902 (independiente de Un. E. Kennelly) Sugirió la existencia de una capa atmosférica que refleja olas radiofónicas atrás a tierra (1850-1925)
en Canis Importante
en letras seguras francesas es a menudo unsounded
en mitología griega, un fleece del oro poseído por el rey de Colchis y guarded en un sagrado grove por un dragón
en una manera blasfema
en un churlish manera
en una manera consecutiva
en una manera deliciosa
en una manera diligente
en una dirección opuesta a la dirección en qué las manos de un movimiento de reloj
en un disquieting manera
en una prisa espantosa
en un gainful manera
en una manera agraciadamente elegante
en un nostalgic manera
en una manera aceptable
en un persuasive manera
en un prudent manera
en un regimental manera o por regimientos
en un shaggy manera
en un sorrowful lugubrious manera
en una manera especial
en un salvaje o undomesticated manera
en una mujer es una incapacidad para concebir
en un abaxial manera
en una manera ardiente
en un artfully manipulative manera
en un articular manera
en una manera ávida
en una fase más temprana u original o estado
en un equitable manera
en una manera idiomática
en un enfermo-natured manera
en una manera inalienable
en una manera desagradable
en insectos y algunos crustáceos: compuesto de muchos elementos fotosensibles cada formando una porción de una imagen
en detalle de minuto
en casos severos puede causar ataque y gangrena del limbs
en algunas clasificaciones consideraron sinónimas con Microtus
en algunas clasificaciones hicieron el tipo genus de una familia separada Xenopodidae
en algunas clasificaciones: tipo genus de la subfamilia Mephitinae
en algunos sistemas colocados en familiares Aloeaceae
en tiempo tormentoso las estrellas son fuera de vista
en el slightest grado o en cualquier respeto
de flauta llenó la sala
incluye las orquídeas a veces colocadas en genera Drácula y Dryadella y Scaphosepalum
esqueleto incompleto de hembra encontrado en Etiopía oriental en 1974
inconclusive como a resultado
libertad de rendiciones individuales a cambio para individualismo
induce hipnosis en
infestation con el hígado fluke Fasciola hepatica
de senos de una inflamación
inflamación de los pulmones qué acaecidos rígidos y fibrosos y no puede intercambiar inflamación
glándula tiroides de la inflamación
infrangible derechos humanos
inlay metal con oro y plata
inventaron una máquina de añadir
que invitan cuddling o hugging
defecación involuntaria no attributable a enfermedad o defectos físicos
que implican invasión o el ataque agresivo
que implican el riesgo o el peligro
de herida de iones
es duro y duro y puede retener un borde tajante
es unstudied en latino como es en poder otros asuntos
puede ser cortado por una línea recta en como máximo dos puntos
desapareció mágicamente
él filtra la sangre durante formación de orina
tiene la distinción de ser el restaurante más barato en ciudad
es ludicrous para llamar un cottage una mansión
está duro por las pistas de ferrocarril
lo tomó más de medio mi tiempo
era Bernhardt último aspecto en América
era un reino limitado de discurso
era una atracción larga pero lo hicimos
era un milagro que sobrevivió la gota de aquella cota
lo era eerily tranquilo en la capilla
negociarlo será el diablo para solucionarlo
deducciones del impuesto seleccionó al azar de una población y utilizado para probar hipótesis sobre la población
su adopción por sociedad
su luminosidad está medida relativa a aquello de nuestro sol
su tuberous las raíces han sido utilizadas como poultice para relevar pilas
unida por una cinta
de codos practicado para el periodismo
mantiene arriba con financial support
mantener vuestro fresco
mantuvo un reloj cercano en gastos
rey de Francia de 1774 a 1792
rey de Persia quién expandió el Imperio persa e invadió Grecia pero estuvo derrotado en la batalla de Maratón (550-486 BC)
carencia de fuerza y sustancia sólidas
que carece de la resonancia acústica
que carecen de consciencia o capacidad para percibir sensations
grande la sanguijuela de agua dulce europea anteriormente utilizada para la sangría
europeo grande sandpiper con patas verdosas
europeo grande thrush aquello alimenta en mistletoe las bayas
grandes carnívoros bipedal dinosaurio habiendo enorme claws
grande oscuro marrón mamífero carnívoro arbóreo norteamericano
grandes grano roja oscura
familia grande de normalmente perenne geophytic hierbas con rizomas o cormos o bulbos
grande genus de plantas habiendo hojas que se parece a trébol y variously colored flores normalmente clustered en las umbelas
grandes en gama o alcance espaciales o el alcance o la cantidad
el registro grande tradicionalmente quemado en la Navidad
los meteoritos grandes de hecho provienen la cinta de asteroide
melón ovalado grande-como fruta tropical con la carne amarillenta
grandes quepruebanácidos arrowhead-shaped las hojas utilizaron en las ensaladas y las salsas
grande reptil acuático voraz habiendo un hocico largo con mandíbulas masivas y dientes agudos y un ente cubierto con bony los platos
laudable motivos de mejorar afecciones de alojamiento
comportamiento consuetudinario que determina los principios políticos fundamentales de una ley
pone insomne toda la noche
de microorganismos el diferente colored capas
ventaja, como en la actuación de una ventaja
dejar escolar o un programa educativo prematuramente
dirigió un vagabond la vida
menos scrupulous los productores enviaron fardos que era engañoso en aspecto
dejado rev arriba la producción
de aviso y crabmeat vestido con lechuga de
jefa suelta caracterizada por ampliación de lymphoid tejidos y lymphocytic celdas en la sangre de circular
propenso de contestar a una potestad más alta
propenso a sniffle
de edificio utilizada por un escritor o artista para aumentar el efecto de su obra
lifelessly actuó la canción
como un cáncer
como un payaso
como un ox
de mujeres que especializa en la lengua hebrea
vivida en por el dueño
la capacidad pasada cargada
loath para admitir una equivocación
localizó en el carbón área minera de Silesia
los riachuelos solitarios son ópalo en el alborear, espada-azul en el sol, greyly plata bajo lunas brumosas
loosely articulados o construidos
loosely matted planta con follajeestilomusgo studded con minúsculo estrellado cuatro-petaled blanco blossoms
abajo en la estatura
helechos de árbol bajo con grandes fronds
loco en su amigo
hecho commiserative clicking los sonidos con su lengua
hecha de plantar hulls y corncobs
hizo en una variedad ancha de medidas y utilizados para muchos propósitos
hizo a punto o apto o sentido
locura, un destino irónico para tal magenta de
entrega segura que está enviado por correo de
hace un ruido seguro o el sonido
hacer una cara triste y empujado fuera uno es labio más bajo
hace un solicitation o entreaty para algo
hacer marca automática o
marca por marca
marca de plano de un carpintero correcciones excesivas para miedo de hacer una marca
hacer caída la
de residuos a terrazas en cuanto a cultivation
aguda nudos fuera de
de señal lacework por anudar o looping
de ruta un día-a-actividades de día marca más
hacer oneself la
hacer orgulloso o conceited
marca psicológicamente o físicamente utilizado (a algo)
apropiada la superficie de nivel o marca
de ojos que consta de un polvo rosa o rojo aplicó al maquillaje
la hipertensión maligna es la forma más letal de la hipertensión
el hombre es un hombre de
muchos manuscritos medievales son en majuscule guión
muchos utilizados tan la tierra cubre
marinos bivalvos comunes en las aguas costeras Filipinas caracterizaron por un grandes concha traslúcida plana delgada
marine gastropods habiendo liso redondeado pela que la forma corta spires
marinos isopod marine
de líneas con una es marca
marcado por entusiasmo e interés activos
marcadas por elaborar retórica y elaborado con los detalles decorativos
markedly diferente del habitual
hierba queformamate de Turkestan con casi plegar naranja-flores amarillas
sacado para ser los impresos
de ley de unos asuntos de
puede ser parboiled o cocido o sauteed suavemente
pueden lograr 2000 libras
medir el instrumento diseñó para medir el poder
especialista médico cuyo competence ha sido certificado por un diploma concedido por un grupo profesional apropiado
de árbol que consta de una pastilla (nombre de comercio Carafate) utilizó para tratar peptic medicina
motores medievales de guerra
metal o cocina de loza vaso que es normalmente ronda y metal
metal de número de inscripción estuvieron utilizadas abajo percusor
emigra hacia el sur para el invierno
uniforme militar del Ejército de Estados Unidos
las carreteras posteriores menores
unidad monetaria en Guatemala
unidad monetaria en Irán
unidad monetaria en Uruguay
de dios utilizado en un estudio para controlar los monitores de emisión
más de 130 southeastern Islas Vírgenes
más de mediano fatness
duras qué hablar tal foulness tiene que ser cleansed
único por o como si por movimiento
dirección especificado en una espiral o zigzag movimiento
de puesto o causa para mover con un repentino jerky movimiento
mueve fuera o fuera
de audiencia hacia arriba en burbujas, como del efecto de calentar
velocidad repentina con barrer, effortless, deslizando movimiento
de ligereza dentro el budismo que combina elementos de Hinduismo y paganism
que mueve con o capaz de emotivo con la velocidad alta
mullet-como peces marinos tropicales habiendo aletas pectorales con largos threadlike rayos
muscular y grande-boned
tienen que ser claramente marcados para indicar que las partes pueden ser cambiadas en el prospecto final
mi hiedra de veneno está secando arriba de
en cueros de la cintura arriba de
de plazo o recitar los números en orden ascendente
de Colombia al subcontinent de India
naturalizaron en Europa
naturalmente teniendo piel de un color oscuro
casi cosmopolitan genus de murciélagos muy pequeños
necesita ayuda médica personas
colores neutros como negros o blancos
medida media y revistas en conjunto
nocturna indris con grueso gris-piel marrón y una cola larga
las plantas nocturnas tienen flores que abiertos por la noche y cerrar por el día
accionarias discard o reemplazar uno o más de los axiomas euclidianos
nonessential pero útiles
nonphotosynthetic fungi aquello se parece a las algas y aquello reproducen por formar oospores
normalmente actuado al ritmo de rap la música
no por diseño o artificio
no sin duda cometido a una fiesta o póliza
no haciendo un trabajo bueno
no fácil de combinar armónicamente
no fresco hoy
no plenamente preparó
no habiendo gussets
no unido o enlazado junto
no sabido o la individualidad marcada falta
no probablemente para ser premiado
no hecho más deseable o valioso o provechoso
no mezclados con las impurezas
no penetrable por balas
no insignificante en carácter e importa
no procesado o refined
no regular o especializado
no compasivo o colocado hacia
obtenido a través de intuición más que de razonar o la observación
ocurriendo una vez cada 20 años
ocurrir u operando al mismo tiempo
ocurre en argentite y en la forma libre
ocurre en metaphoric rock, utilizado como refractario
ocurre en niobite
de origen Filipino
de una sombra profunda de rosa
de una planta vertida con un penacho
de una planta vertida con un thorn
de una cita más temprana
de un instrumento o aparato
de los padres biológicos no casados a cada cual otro
de gris tinged con azul
de género humano como especies
de ideas o reclamaciones
de imponer cota
de moist y mossy áreas de bosque subalpino de regiones templadas del norte
de ningún valor o valor
de o narrando a Islandia o sus personas o cultura y lengua
de o narrando a un directionless magnitud (como masa o velocidad etc.) aquello es completamente especificado por su magnitud
de o narrando a una puerta en el del oeste de Atenas antigua
de o narrando a un pequeño cursive el guión desarrollado de uncial
de o narrando a anabolism
de o narrando a clasicismo
de o narrando para pescar con spiny aletas
de o narrando a gustation
de o narrando a hierbas
de o narrando a musicología
de o narrando a o perteneciendo a una nación o país
de o narrando a o característica de Gran Bretaña o sus personas o cultura
de o narrando a o característica de Guyana o sus habitantes
de o narrando a o característica de afecciones en el subtropics
de o narrando a o característica de la cultura de Edad del Bronce de Crete
de o narrando a o característica de las Filipinas o sus personas o aduana
de o narrando a o completando un periodo de 300 años
de o narrando a o denotando los Aliados en Segunda Guerra mundial
de o narrando a o derivados de axiomas
de o narrando a o implicó la práctica de aiding la memoria
de o narrando a parásitos que vivos en los órganos internos de animales
de o narrando a photoconductivity
de o narrando a plagioclase
de o narrando a la ley de percibir
de o narrando a los hemisferios cerebrales
de o narrando al cultivation de plantas
de o narrando a la carácter de un usufructo
de o narrando a topología
de o pareciéndose a un endogen
de naranja tinged con rosa
de pintura y barnices
de vinos, fruta, quesos
plazos ofensivos para las prácticas y rituales de la ofensiva de Iglesia
oh, aquello pasó eons hace
de olivas de ladrido de raíz de sassafras óleo
de óleo de la África que queda después de petroleum ha sido ingresos
grasiento frió patatas
en plazos familiares
en la suposición que ha sido herido podemos inferir que él no para tocar
en el posterior u hombro o astraddle en la cadera
uno del cuatro que toca cartas en una cubierta que aguanta el cuadro de un rey
uno del más grande patina (a 5 pies)
un de las tres secciones del hipbone
uno de las dos glándulas reproductivas machos que producto spermatozoa y ocultar androgens
uno de dos veta que sirven la curvatura suma del estómago
un pagados para acompañar o asistir o vivir con otro
una parte en dieciséis partes iguales
uno quién acepta una oferta
uno quién disparages o belittles el valor de algo
un-medio el eje menor de un ellipse
tiempo a escaso único hace
abre scrubby bosque
abrieron en 1883
opera encima con un trephine
que opera de o diseñado para ser disparado de aeronaves en objetivos en la tierra
las opiniones son normalmente escritas por un adversario de
opposed a aplicado
oppressively tiempo caliente y húmedo
orquídea habiendo grupos densos de suavemente spiraling flores blancas cremosas con 2 pétalos superiores que forman una orquídea
raíces frondosas con amarillento-las flores marrones con veta oscuras
originalmente hecho del cabello de la seda y el camello
originado como competición entre bailarines Negros para ganar un pastel
nuestro gato kittened otra vez este año
nuestro feathered amigos
nuestro unfenced y en gran parte unpoliced el borde inevitablemente ha sido muy poroso
nuestro watchword será `democracia'
pariente de salida a entrada
overbearing orgullo evidenced por una manera superior hacia inferiors
de cofre en la cofre causada por inflamación de los músculos entre el dolor
pintando por utilizar los dedos para extender la pintura
de pies llevado mientras lounging
marrón ampliamente distribuido en América del Norte
pantropical la planta flotante que forma una roseta de wedge-shaped hojas
pantropical a templados
trigo aplastado la expresión
parroting algún timeworn axioma
actividad extracurricular era sentido
pasa más allá (límites o fronteras)
grado leve de vida física y perder todo bodily atributos y funciona necesario de sostener pase
pasaje de orina del pasaje
pathologically producción excesiva de hormonas tiroides o la afección que resulta de producción excesiva de hormonas tiroides
paga una llamada
paga una visita
pelt el altavoz con bolígrafo
castigo eterno quiénes están limitados a sus personas
perciben o ser contemporaneous con
hierba perenne de Australia y Sudáfrica
la planta perenne a menudo aromática y a veces hierbas queformanmates de regiones templadas del norte: yarrow
actuar un ceremonious el lazo
actúa un glissade, en el ballet
actuar una obra por primera vez
actúa operaciones matemáticas y lógicas encima (dato) según programó instrucciones para obtener la información requerida
que actúa acrobacia en caída libre antes de estirar el ripcord de un paracaídas
permanencia por virtud del poder de resistir estrés o forzar
de justicia quiénes administran las personas
perteneciente a la respiración
físicamente y mentalmente capaces de laborables en un trabajo regular y disponible
físicamente unsound o diseased
de vinagre preservados en la salmuera o el vinagre sazonados con semilla de eneldo
enfrentan un ajedrecista contra las ciruelas de
de mobiliario para ver
plan y oversee el desarrollo y detalles de
plantado o creciendo cercano junto
de cromo con plato
juego (un instrumento musical) casualmente
tocan los casinos en Trouville
que complacen o delighting
plethysmograph aplicados a un dígito de la mano o pie para medir flujo de sangre de la piel
fruta comestible-shaped blanquecino a casi la fruta negra utilizada para plumaje
de coto que se parece a el terciopelo
señala fuera o atención de sorteo a en protesta o remonstrance
venenoso (pero raramente fatal) hongo de bosque habiendo un tapón escarlata con verrugas blancas y blancos gills
cartas más lejano en qué cada jugador recibe cartas de agujero y el resto están tratados hace frente
polarizan polo de
de unidades han desatendido nuestros políticos de
portuaria adriática en Arabia Saudí occidental en el Mar Rojo
colocó con objeto de estar a punto para confrontación o posicionamiento
que posee o requiriendo limitó destrezas
aplaza pago por grabar una compra como deuda
pounding o batiendo fuertemente o apresivamente
vierten fuera de una vaso a otro
predominantemente fotosintética prokaryotic los organismos que contienen un pigmento azul además de chlorophyll
de demanda los programas acaecían unstuck porque poco grano era precios
primly fuera de datar
probablemente extinta desde el Mesozoic la era
proceder en tachar
o proceso operativos de acaecer menos o resultado
produce un viscid secreción que es la parte fluida de semen
que produce poco o ningún beneficio o el beneficio
produciendo o capaz de producir un resultado pretendido o teniendo un efecto llamativo
obra productiva (especialmente la obra física hecha para sueldos)
propel oneself a través del agua en un finning moción
proporciona con una entrada para pasaje o admisión
proporcionan con alimentar
proporciona un anexo para los fines superiores de rafters
proporciona protección en contra dilución del interés de propiedad del accionista
confianza pública en la economía
pupila de Sócrates
de intestinos a través de repentance
puesto en forma a escasa o concisa
puesta en tan parte de un conjunto, grupo, o la categoría
puesto a un crate
puesto a una rabia
puesto a una oficina o una puesto
puesto o conjunto (semillas, seedlings, o plantas) a la tierra
que pone algo a una forma propio para una impresora
cuestionando una declaración y reclamando una explicación
quieted y trajo bajo control
patrón radial de incisiones en la córnea que causa la córnea a bulge
de raíles fijado a una muro para colgar raíl
criar una objeción formal en una corte de ley
las frambuesas son indígena de
re-equipar una fábrica o plantar
logra en cronometrar
tranquilizada por su elogio pulsó encima
rebuking una persona severamente
recientemente robado o smuggled
reconoce o detectar por o como si por oler
rojizo-lobo gris de southwestern América del Norte
residuos para aceptar o creer
consideración favorably o con consideración
narrado al pratincoles
narrando a una diferencia en el refractive poder de los dos ojos
narrar a un equinoccio (cuándo las periodo de noche y día es igual)
narrando a o defendiendo el neoclasicismo
que narra a o siendo en el lado más cercano al centro o dentro de un definido espacial
que narra a o característica de regiones de partes orientales del mundiales
narrando a o experimentando synesthesia
narrar a o teniendo u oyendo con único una oreja
que narra a o implicando todas las fases de un negocio de producción a la distribución
que narra a o pareciéndose a el ciervo
que narra a pequeño (no capitalizado) letras que estuvo mantenido en la mitad más baja de un compositor caso de tipo
remedian aquello impide o retrasa el curso de una enfermedad o la enfermedad
merecuerdan en vuestras oraciones
intacto de fluido de una junta por centesis
saca aire o gas de
saca por la aplicación de agua u otro líquido y jabón o algunos otro agente de limpieza
sacan de una cultura o un ente viviente o muerto, en cuanto a los propósitos de trasplante
reemplazando un pitcher en el béisbol
representan o describir realistically
reputedly inventados por Alcaeus
requerido o bajo los órdenes
que se parece a un espantapájaros en ser delgado y ragged
pareciéndose a o característica de un profeta o la profecía
resiste fuerzas (como compresión) aquello tiende para deformarlo
responsabilidad a alguien o para alguna responsabilidad
responsables para bombardear edificio en el centro histórico de Roma de 2000 a 2002
responsables para o chargeable con una acción condenable
rewording algo en menos terminología técnica
rhizomatous hierba perenne con grande dramático peltate hojas y blancos a flores rosas brillantes en jefas redondas en leafless raíces
paseo un unicycle
righteousness como consecuencia de ser honorable y sincero
mecer que forma la capa más baja continua del
de área arriba de una pancarta
de dedo, prensa, forja, o forma (metal) mientras caliente
rotates muy rápido y emits pulsos regulares de radiación polarizada
roundish la baya ampliamente utilizada a curdle leche
las personas rurales asoman más devoción y unselfishness que hacer sus primos urbanos
dijeron para atar al sitio de úlcera y capa
navegar más rápido o mejor que
de arena de la nieve de costa del Pacífico de arena
el instrumento científico que consta de un circuito electrónico que permisos pulsos de voltaje único de cota predeterminada para pasar
de manera o buscar
segunda estrella más brillante en el cielo
ocultó por el adrenal cortex
de cereal utilizaron como alimenta para caged los pájaros
que ve él atrapó, lloró fuera de direfully
busca para derrocar el Yemeni gobierno y eliminar intereses de Estados Unidos
coger hacienda que pertenece a alguien más y aguantándolo hasta que los beneficios pagan la demanda para qué estuvo cogido
seleccionado o escogido para las calificaciones especiales
envía un firework exposición alto al cielo
servido en sus jugos naturales o gravy
que sirve carro para servir té o ligero refreshments
sirviendo para expresar o indicar la posesión
puesto abajo como regla o guiar
que ponen encima encuadre
el hipotiroidismo severo que resulta en físico y mental stunting
disfunción de relación sexual
shaped en la forma de un gancho
shaped como una lenteja
shaped como una lira
tuvo un poco dinero dejó encima tan fue a una película
tiene una lengua simplista
ella hustled una comida libre del camarero
dejó algunos de sus efectos personales en la casa
miró ofendida
movió rápidamente
ella professed ella como nun
vendió los platos por la pieza
miraba muy joven esta noche, y, tan habitual, indescriptiblemente bello, en un sencillo strapless vestido de un verde y algodón sedoso blanco
era bastante sólo
llevó su babero mejor-y-tucker
es un total airhead
es realmente junta
sheer vaso de
shorebird del sandpiper familiares aquello se parece a un snipe
shortsighted críticos derided el plan
disparó fuera de sidelong boughs
espectáculo displeasure, como después de una actuación o espectáculo
que asoma carencia de la sensibilidad humana
que asoma pensive la tristeza
que asoma razón o juicio de sonido
hierbas vistosas de América del Norte occidental
marrón ligero blando o árbol pequeño de southeastern Estados Unidos a Brasil e indias Del oeste
shrubby sauce de los Estados Unidos occidentales
parras leñosas y árboles de hemisferio del sur habiendo arbustos de
sightlessness (especialmente debido a un defecto estructural en o la ausencia de un ojo)
silvery-leaved hierba de California con las flores moradas
similares especialmente en puesto o propósito
similar al africano lepidobotrys en estructura de madera así como en fruta y flores y hojas y siembra
canta ruidosamente y con energía
solos debido a muerte del cónyuge
de Washington de la Universidad de sitio
esbelto y graceful
animal esbelto con tentáculos y un tubelike exteriores cubriendo
ligeramente más grande que la codorniz de California
pequeña árbol indio Del este habiendo floresestiloorquídea y la madera oscura dura
búho norteamericano pequeño habiendo hornlike tufts de plumas cuyos sonidos de llamada como un quavering el pito
pájaro marrón pequeño de California que se parece a un wren
pequeñas finback de aguas costeras de Atlánticos y Pacific
pequeña genus de árboles perennifolios de América tropical y África occidental
pequeña genus de hierbas de southeastern Estados Unidos y África y América tropicales
verde pequeño o amarillo-sapo verde con barras negras pequeñas y tacha
bidón de mano pequeña similar a una pandereta
pequeña largo-enunciado woodcock
rock pequeño-habitando helecho de zona templada del norte y Hawái con pinnate fronds
el bistec pequeño cortado del fin grueso de una ternera tenderloin
pequeños dos-leaved hierba de los Estados Unidos del norte y partes de Canadá habiendo racemes del blanco fragante pequeño florece
más pequeño de las tres partes del esternón
fumando es malo para
smothered el pollo es pollo cocinado en un condimentado gravy
snags incidental al changeover en caracoles
snugly abrochados calza
con objeto de ser factible
con objeto de pasar un punto dado
tan poco republicano y tanto aristocrático sentiment
jabón en jabón de
trozo blando o unevenness en un yarn
bacterias de tierra que convierte nitritos a bacterias
soldado de la Revolución americana (1756-1818)
algunos de estas drogas han sido derivados del opio y otros han sido producidos synthetically
alguien aceptado para afiliación pero no todavía plenamente admitido al grupo
alguien sabido para destreza alta en algún intelectual o técnica artística
alguien quién compromete en surfboarding
alguien quién da sangre para ser utilizada para transfusiones
alguien quién hace conjeturas sin saber los hechos
alguien quién hace copias ilegalmente
alguien quién adornos con needlework
alguien quién petitions una corte para reparación de una queja o recuperación de un derecho
alguien quién compras y mantiene un inventario de bienes para ser vendidos
alguien quién viaja a pie por correr
alguien quién anda descalzo en carbones en llamas
alguien cuya ocupación está haciendo o reparando relojes y mira
algo claramente estableció
algo condenó a fallo
algo pretendió comunicar una impresión particular
algo pareciéndose a un grupo de líquido
a veces también llamado `bream'
a veces colocado en subfamilia o familiar Carpinaceae
a veces colocado en el Taxodiaceae
sorrow hecho los ojos de muchos crecen líquidos
moción rápida de strumming
de mente registro de
tinte marrón de un almidón llamó arum
insecticida de fuente de
Europa del sur a Irán
espacio por el lado de una cama (especialmente la cama de un enfermo o muriendo persona)
spasmodic fuego de rifle
pasa (dinero u otros recursos) neciamente
pasa el fin de semana
pasaron muchos las horas laboriosas en el proyecto
spiny Eurasian arbusto habiendo verdoso morado-tinged flores y ovoides amarillos-verdes o rojos-bayas moradas
ruptura a Alemania Del este y Alemania Del oeste después de que Segunda Guerra mundial y reunido en 1990
frescas antes de los ojos causaron por fragmentos de celda opaca en el vitreous humor y lente
mantenerse en pie en el hind patas, de quadrupeds
stapelia de Provincia de Cabo habiendo mayoritariamente oscuro rojo-flores marrones con planos starlike fibras
staring a una bola de cristal para excitar visiones de casos futuros o distantes
capital estatal y ciudad más grande de Georgia
raíz el flujo de
la cartulina rígida hecha por pasting capas juntas de papel
fibra tosca rígida del exterior husk de un coco
agarrotan con o tan con buckram
química que excita una persona a estimulación de
stock con un par valor de $25/stock
de calle de las habitaciones para un paquete de nombre de
huelga `z' en el teclado
ataca un saldo
de pie con el talón de la huelga
de guitarra en una serie
estructura reparada que consta de un artificial heap o banco normalmente de la tierra o los huesos
de fluidos de la técnica y reglas para utilizar lengua eficazmente (especialmente en público hablando)
embute demasiado
stylistically obras innovadoras
asegurado leche regular con gordo-la leche libre
tiene éxito a gran escala
tal una respuesta enorme asombraba
de país era la prerrogativa de machos de adulto blanco
sugiriendo características humanas para animales o inanimate las cosas
propio para asar o broiling si joven
adaptó a vuestro consuelo o propósito o trajes
temperaturas de verano lograron un todo-cronometrar el
ocurrencias y fuerzas sobrenaturales y seres
apoya una persona para un apoyo
apoyo en chocks
experiencia extendida concernida con terapéutico o cosmético reformation de cirugía
de tejido actuada con aparatos eléctricos (como en electrocautery)
surveying el instrumento que consta de una caña recta pintada en bandas de alternar rojo y blanco cada cual un pie ancho
barrer la periodo de
de Israel y cobrizo-colored
sweetened beverage de jugo naranja diluido
el síndrome que resulta de infección por el herpes varicella zoster síndrome
sistemáticamente recogidas y escritos abajo
toma a uno es familiar
toma algo como preexisting y dado
tomadas en por charla quesuenaalta
alto tufted hierba americana tropical perenne naturalizó tan pasto y forage hierba en Estados Unidos del sur
tocan un cask del vino
taunting gritos de `cobarde' y `sissy'
enseñar sin desafiante el profesor
que enseñan principios religiosos por cuestiones y docencia
de carreras intentan coger posesión de la bola y avance él a través de la línea de gol de los adversarios en una serie de (corriendo o paso) los juegos
diciendo fortunas por líneas en la palma de la mano
amorosa tierna que es la
que tiende para comprobar hemorragia por contratando los tejidos o los vasos sanguíneos
tendiendo para corromper o pervertir
tendiendo para suprimir
dado las gracias a su para su letra amable
que parte del cerebral cortex en cualquier hemisferio del cerebro lying directamente detrás del frente
thatch los techos
la 17.ª letra del alfabeto Romano
las lenguas Celtas de Gran Bretaña son un substrato para ingleses
el Árbol de Navidad era fancifully decorado
el iraquí Mukhabarat ha sido implicado en actividades terroristas numerosas
el Quoratean lengua del Karok
el sistema ruso de nominal brevity
el Tanoan la lengua hablada por el Kiowa
el Turkic la lengua hablada por el Karakalpak
la Constitución de Estados Unidos se declara para ser `la ley suprema de la tierra'
la lengua africana Del oeste del Wolof en Senegal
el Yanan la lengua hablada por el Yahi
el ajustamiento cuidadoso de la línea de vista de un telescopio
la ley (o un caso) de someter un ente o sustancia al impacto de partículasdeenergía alta (como electrones o rayos de alfa)
la ley de romper una conexión
la ley de romper fuera o retirando de
la ley de llevar algo
la ley de cobrar un líquido con un gasista haciéndolo effervescent
la ley de entregar un niño
la ley de matricular
la ley de forcibly dispossessing un dueño de hacienda
la ley de dar un formal (normalmente escrito) autorización
la ley de grafting algo a algo más
la ley de invadir
la ley de matar de emboscada
la ley de alojar
la ley de hacer una lista de elementos
la ley de los pasajeros y la tripulación que marchan de un barco o aeronave
la ley de presentar un juego o una pieza de música u otra diversión
la ley de estirar
la ley de empezar algo
la ley de desnudar y tomando a la fuerza
la ley de tomar occupancy antes de que alguien más hace
la ley de lavar vuestro cabello con champú
la acción de prohibir o inhibiendo o prohibiendo (o un caso del mismo)
la acción de recuperar posesión (especialmente la ataque de colateral asegurando un préstamo que es en default)
la cantidad de fluido que flujos en un tiempo dado
la cantidad que un zapato aguantará
el ángulo que tiene un tangent igual a un número dado
la antena recibió señales sin directivity
la antipartícula de un meson
el electrodoméstico normalmente consta de dos indented cacerolas de metal hinged juntos de modo que crean un patrón en el waffle
la aplicación de azulejos para cubrir una superficie
el área de los estados de Carolina del Norte y Carolina del Sur
el área era espectacularmente escénica
el atributo de ser superfluous y unneeded
la atribución de lengua a pájaros
el autor inadvertently revela el asesino en el capítulo penúltimo
el autor trata su subject penetratingly
el mediano menstrual el ciclo es 28 días
el bane de mi vida
el banco anunció su primer préstamo a un poste-país comunista
la unidad básica de dinero en Nicaragua
la unidad básica de dinero en Arabia Saudí
la unidad básica de dinero en Tonga
la ciudad grande subversion de inocencia rural
los vasos sanguíneos anastomose
el bodily hacienda de ser bien redondeó
el bony marco del ente
el libro experimentó cambios fundamentales
el hijo del jefe tuvo la pista de interior para aquel trabajo
la parte inferior o más baja
la rama de medicina que trata la diagnosis y (nonsurgical) tratamiento de enfermedades de los órganos internos (especialmente en adultos)
las ramas de ciencia médica que trata nonsurgical técnicas
el rotos limb probablemente puede caer
el edificio colapsó tan llegó
el edificio tiene un esqueleto de acero
la bala-riddled objetivo
la agencia del Departamento de Comercio responsable para tomar el censo
el buzz de la emoción era tan suma que una denegación formal estuvo emitida
la ciudad capital y más grande de Granada
la ciudad capital y más grande de Polonia
el automovilístico skidded en la curva en la carretera mojada
el número cardinal que es la suma de dieciocho y uno
el caso que expresa propiedad
el catechistic método
la celda era bedless
la pilar central de una escalera circular
el cargo para intercambiar moneda de un país para moneda de otro
el niño no lloró ningún fin
el niño de vuestra tía o tío
el niño era heinously asesinado
la claridad y resonancia de un tono abierto
la tradición clasicista
los colores cambiaron wondrously despacio
la combinación de circunstancias en un tiempo dado
el comité investigó algunas discrepancias aparentes
el común jackrabbit de praderas y áreas abiertas de Estados Unidos occidentales
el compás señala que aquello es uno señala al sur de previsto del oeste
el director puesto el batió
la contracción de un gasista encima enfriando
la contracción de dos vocales a un diftongo
la torre de control habló abajo el plano cuyo piloto cayó enfermo
el apretón de manos convencional
el tacto de enfriamiento de la noche airea
la corola de un snapdragon es bilabiate
el consejo en 1274 aquello efectuó un reencuentro provisional del griego ortodoxo con la Iglesia católica Romana
el craniometric punto a mitad de camino entre las eminencias frontales del cráneo
la creación de un construir
el crisp el residuo dejó después de que la manteca ha sido rendered
la década de 1930 a 1939
el decaying la capa vegetativa que cubre un piso de bosque
la disminución del Imperio Romano empezó debajo Marcus Aurelius (121-180)
la ley deliberada de fallar para pagar dinero
el dentista reamed fuera del debris en el curso del tratamiento de canal de la raíz
el diálogo es elliptic y lleno de pistas oscuras
el dictó plazos de rendirse
las normas de comportamiento descubiertas
el dishonesty de un charlatan
el doctor vio una secuencia de pacientes
la doctrina de la igualdad de humanidad y el desirability de político e igualdad económica y social
el agente doble estuvo neutralizado
el abajo tendencia en la lonja de inmueble
los conjuntos tempranos corrieron encima baterías de almacenamiento
la tierra era scorched y bare
el aliviando de tensiones o estiró relaciones (especialmente entre naciones)
el borde de la hoja es wavy
la afección medioambiental en una región que carencias un clima favorable o terreno de por vida o crecimiento
la rama ejecutiva
la exposición de escándalo (especialmente sobre personaje públicas)
la prórroga de `satélite de Marte' es el conjunto que contiene único Demos y Phobos
el eyedrops reduce presión intraocular por decrecimiento la producción de humor acuoso y aumentando su drenaje a través del uveoscleral pathway
la familia de caracolas
la película era fantástica!
la filmación era desesperada incompetente
el fuego acampanado arriba y murió abajo una vez más
la primera línea de un párrafo que está puesto como la última línea de una página o columna
la fuerza es en ángulos derechos a ambos el actuales y el campo magnético
el nombre anterior para el área geográfica del oriental mediterráneo aquello es ahora ocupado por Líbano, Siria, e israel
el jardinero hablado sobre el substrato apropiado para ácido-plantas amorosas
las mentes sumas del siglo XVII
el grupo unió junto en una producción dramática
el crecimiento de cultura
el harassers no fue miembros del ejército regular
el duros interiores (normalmente leñosos) capa del pericarpio de algunas frutas (como melocotones o ciruelas o cerezas u olivas) aquello contiene la semilla
la jefa de un gobierno estatal
la jefa del departamento sirve como un ex officio miembro de la junta
los hidróxidos del alkali los metales son fuertemente alcalinos
las clases industriales
el innermost de las dos capas del pericardio
la monitor tomó la opción blanda y dio el chico una nota de paso
la tasa de interés en corto-el plazo presta que los bancos cobran sus clientes comerciales con índices de crédito alto
la invención del marco de tejer por otro clérigo inglés ingenioso
la mandíbula en vertebrados que es hinged para abrir la boca
el trabajo de reparar el motor tomó varias horas
el sacudió pasajeros
la jurisdicción de un justiciar
la ciudad más grande y puerto principal de Nueva Zelanda
la clase más grande de petroleros
el continente más grande con 60% de la población de la tierra
el más grande de las cuatro razas suizas
la parte última de noche
las leyes de carácter
la capacidad de liderazgo de un general militar
el menos sabe el más positivo coge
el nivel de clasificación oficial para documentos luego encima restringidos y bajo secretos
el ente viviente consideró tan hecho arriba de los componentes interdependientes que forman una totalidad unificada
el tiempo local en el 0 paso meridiano a través de Greenwich, Inglaterra
el macho es normalmente naranja brillante y negro
los muchos trances de vida de frontera
la lonja era arriba en la llegada
la cara enmascarada de un raccoon
el ministerio considera que las contribuciones a tal fondo tendrían que ser cumplidas de donaciones voluntarias más que de tasas compulsorily levados.
la luna es waxing
la característica más deseable del parque es el bello ve
el significado más directo o concreto de una palabra o expresión
la mayoría de obra importante o interesante o actividad en una área concreta o campo
la persona más importante en una organización
el movers maldecido el unwieldiness del piano grande
los fines de música con una exposición de bravura
la música de Bach
la música de Stravinsky
el mystical moda de Blake
el mystical doctrina teológica de Jakob Boehme que influyó el Quakers
la uña del pulgar
las consecuencias necesarias de una es acciones
la región nororiental de los Estados Unidos
el número de moléculas en un topo de una sustancia (aproximadamente 602,250,000,000,000,000,000,000)
el número que está representado como uno seguido por 9 ceros
el objeto de vida es para satisfacer tan muchos appetencies como posibles
la ocupación de coger pez para un viviendo
la ocurrencia (o presencia) de vida en otros planetas
la ocurrencia de una pérdidarepentina, transitoria o empeoramiento de consciencia (cuál no es posteriormente recordado), a veces con ligero twitching, fluttering eyelids, etc.
la oficina de un agente de navío
la agente bajo el maestro en un barco comercial
el agente quién aguanta la orden suprema
el encargado oficial de un contestant en un duelo o el boxeo emparejan
el operador de la centralita
el paracaidista no quiso saltar
la parte del chancel entre santuario y nave
la parte de la oreja visible externally
el socio de un animal (especialmente un socio sexual)
el periodo entre infección y el aspecto de síntomas de la enfermedad
la persona (o institución) quién acepta un control o borrador y acaece responsable para pagar la fiesta nombrada en el borrador cuándo madura
la persona en cargo de una oficina de poste
la hacienda física de un medio como determinado por su índice de refracción
el elemento físicamente discreto que Darwin propuso tan responsable para herencia
el physician quién proporciona cuidado primario
el pitching y tossing era bastante entusiasmando
el plano estuvo rechazado permiso para introducir chino airspace
el juego es una adaptación de novela a escasa
el poema era más tarde puesto a música y tituló `La Estrella-Spangled Pancarta' (1779-1843)
el punto de intersección de líneas o el punto opuesto la base de una cifra
la policía era demasiado ocupada de perseguir el pelters
la doctrina política de Machiavelli: cualquier medio (aun así unscrupulous) puede ser utilizado por un gobernante para crear y mantener su gobierno autocrático
la población parecía para ser bien alimentado y clothed
la puesto de Treasury el secretario estuvo creado en 1789
la puesto de headmaster o headmistress
la puesto de protector
la puesto de tesorero
la práctica de hacer cuckolds
los predicadores y el bootleggers encontrados tuvieron una comunidad de intereses
la premisa de un silogismo que contiene el plazo menor (cuál es el tema de la conclusión)
la presión de la sangre de circular en las arterias
el procedimiento desbloqueó sus arterias
el proceso de adaptar a algo (como afecciones medioambientales)
el producto de percolación
la hacienda de ser comparativamente sumo en peso
la hacienda de ser escamoso
la hacienda de ser más alto que estatura mediana
la hacienda poseída por una convexidad redondeada
el capital provincial y ciudad más grande de Isla de Edward del Prince
el bienestar público
el propósito era para promover casas, clubes, visitando, y otros servicios
la calidad de ser un resbaladizo rascal
la calidad de ser capaz de ser valorado o estimó
la calidad de ser prudente y laborioso
la calidad de ser dim o contraste falto
la calidad de ser directo y outspoken
la calidad de ser guiado por impulsos imprevisibles repentinos
la calidad de ser paralelo al horizonte
la calidad de ser pasado
la calidad de ser de madera e incómodo
la calidad de falto interestingness
la cantidad de abreva caer a tierra en un sitio concreto dentro de un periodo especificado de cronometrar
el quincentennial celebración del fundando de la ciudad
la proporción de la salida a la entrada de cualquier sistema
el realtor le tomó encima un paseo-a través de del apartamento
el árbitro otorgó un chut libre al equipo
la región de París en el banco del sur del Seine
la estructura de búsqueda ha desarrollado piecemeal
la responsabilidad de hacer algo
el resultado de añadir un afijo a una palabra de raíz
el resultado de este pacific la póliza era que ninguna tropa se apellidó arriba del
el derecho de un physician para rechazar para divulgar información confidencial de un paciente sin el consentimiento del paciente
las rocas stooped abajo sobre la ruta de senderismo
la sala era brillante y aireada
el rumor tuvo su origen en idle chisme
la ciencia que mapas las características generales del universo
el vendiendo de algo adquirió
el agente del barco quién es en cargo de provisiones y cenando arreglos
el más corto de los cuatro Evangelios en el Testamento Nuevo
la parte sólida de la tierra que consta de la costra y manto exterior
el hijo de Nyx
la estrella que es la fuente de ligero y calor para los planetas en el sistema solar
el estado de ser despreocupadamente o parcialmente vistió
el steeplejack, agotado y unnerved, no se podría agarrar a su pértiga peligrosa mucho más
la tormenta era responsable para muchos bloquearon carreteras y puentes
la estructura del benzene molécula
el estudiante obró unos cuantos chistes a su presentación
el sulfurous la atmósfera que precede un thunderstorm
el sistema de consonantes utilizó en una lengua particular
el sistema de tonos utilizó en una lengua particular o dialecto de una lengua de tono
el profesor mantiene harshing en el mismo niño
el teléfono es una interrupción molesta
el caballo aterrado bolted
el tete-un-tete era decoroso en el extremo
la doctrina teológica que Cristo hubo sólo uno incluso aunque tuvo dos carácter (humanos y divinos)
el habla gruesa de un borracho
tiempo y proceso de budding y desdoblando de blossoms
el periodo de tiempo cuándo escolar es en sesión
los ingresos nacionales totales divididos por el número de personas en la nación
los fondos duros de sus pies
el trait de ser indelicate y ofensivo
la prueba estableció su inocencia
el tumultuous años de su administración
el duodécimo mes del Hindu calendario
los dos reyes ajedrecísticos están puestos arriba en plazas de colores opuestos
el tipo genus del familiar Procyonidae: raccoons
el ultimacy de estos valores sociales
el gol definitivo para qué algo está hecho
el undraped estatua
la influencia de unir era más fuerte que el separative
el urbanized estados Orientales
la urgencia de su necesidad
el uso de calentar para tratar una enfermedad o desorden
el uso o práctica de brujería
el curso habitual tomado por vaso a través de un puerto o aguas costeras
el grado sumo
el uvular r
la ley verbal de ofrecer
el vitreous cuarto
el vivamente describió guerras
el tiempo puede conceivably cambio
la rueda de una bicicleta
la zoología del Pliocene época
su récord era 3 gana, 6 pérdidas y un lazo
había un backlash de la intolerancia
anuncian encima muchos frentes diferentes
ellos concocted una trama para desacreditar el gobernador
ellos mucho para humanidad
echaron mano de los contribuyentes' bolsillos
temieron algún undetected rastro de envenena
tocaron el adagio demasiado deprisa
montaron en un dobles-decker autobús
dijeron que el coche rompería abajo y de hecho él
entraron direcciones opuestas
grueso boozy cantando
este coche es tan flimsily construyó!
esta decoloración qualitatively sugiere que la sustancia es abajo en hierro inorgánico
echan (una bola) a otro jugador
inacabable está medido relativo a Greenwich tiempo de
tinged con tristeza
madres cansadas con llorar las criaturas
a un grado remoto
para morder y moler con los dientes
para considerar o examinar en habla o escribiendo
tomó los riesgos dementes detrás de la rueda
duros más-o-menos cobertura protectora rígida de un animal o plantar
de aeronaves en oficinas eclesiásticas o preferments
transmite dormir sickness etc.
de barco por stagecoach
espacial o ser transportado en un viaje
haciendo turismo algo (por barco o plano)
el tesoro de propiedad desconocida funda escondido (normalmente en la tierra)
trata con fumes, expone a fumes, especialmente con el objetivo de desinfectar o erradicando las plagas
negro tachado de India y Birmania que ceden una madera que se parece a árbol
árbol de bajo-lying áreas costeras de southeastern Estados Unidos habiendo hojas lustrosas y racemes de árbol de flores
Caribe y América tropicales región
americano tropical weed habiendo flores amarillas o naranjas pálidas naturalizó en Estados Unidos del sur
arbustos y árboles tropicales con pinnate las hojas y la escarlata grande florece
de caída encima en uno es turno
turno la tierra en el Muelle
giraron aproximadamente en el orden o la relación
gemelo de Ciudad de Nueva York construyeron en Kuala Lumpur en 1997
twining planta de southwestern Estados Unidos y México habiendo roundish blancos o amarillos o grano marrones o negras
dos ingresos recibió de la misma fuente (como por aguantar un trabajo de gobierno y recibiendo una pensión de gobierno)
dos puertas verticales que cumple en medio del marco de puerta cuándo cerrado
tipo y único genus de Xenosauridae: esbelto-bodied lagartos mexicanos habiendo la superficie superior cubierta con tubérculos y gránulos minúsculos
tipo genus del Auriculariaceae
escriben genus del Canidae: perros domésticos y salvajes
tipo genus del Chironomidae
tipo genus del Hydrobatidae
escriben genus del Musaceae: los plátanos
tipo genus del Myrtaceae
tipo genus del Psittacidae: normalmente restringido al tipo gris
tipo genus del Scorpaenidae: scorpionfishes
escriben genus del Sialidae
tipo de la cebolla perenne crecida principalmente como curiosidad o para tipo de cebollas
típico gilled las setas que pertenecen a la subdivisión Basidiomycota
típicamente tiene una decoración clásica en blanco en un fondo azul
tyrosine con dos átomos de yodo añadieron
incertidumbre sobre la verdad o factuality o existencia de algo
unleavened el pan es a menudo sencillamente la harina mezclada con abrevar
unpaid trabajo (en cuanto al mantenimiento de carreteras) requirió por un señor de sus vasallos en lieu de impuestos
inusualmente o exceptionally
poco dispuestos debido a desaprobación o aversión suaves
upbound caminos de navío
utiliza arriba (recursos o materiales)
utiliza arriba todo uno es fuerza y energía y parar uso
utilizado como anestésico veterinario y con otras drogas antes, durante, y después de que la cirugía
utilizaron como un antispasmodic y para dilatar la pupila de ojo
utilizaron tan potherb o verde de ensalada y a veces para popurrí o té o sazonando
utilizado por Maoris para thatching
utilizaron por béisbol pitchers para mejorar su agarrador en la bola
utilizados por los soldados en Primera Guerra mundial
utilizaron principalmente en Hinduismo y budismo como una ayuda a meditación
utilizó especialmente de animales en rutting el tiempo
utilizaron en hacer furan y como solvente
utilizaron en biología molecular como transducing el vector
utilizó en la fabricación de cerámicas y esmaltes
utilizó para ajustar los voltajes en radios y conjuntos de televisión
utilizaron a fasten piezas de la tela o el papel juntos
utilizado para mover crates u otros objetos pesados
utilizaron para relevar insomnia y como un anticonvulsant
utilizó para tratar el cáncer del sistema linfático
utilizando la lengua técnica de ecología para hacer el usuario parece ecológicamente consciente
normalmente chopped y formado a un loaf y braised
normalmente aguantado para el propósito de apostar
normalmente marketed fresco
normalmente está sólo unattached a un edificio
valedictory elogio para su uniformemente manly valencia
varios aural efectos que precede un dolor de cabeza de migraña
diluvios vehementes de llover
pata más bajas que pasan del escroto al pudendal veta
actor de película de Estados Unidos versátil (nato en 1937)
viola o el abuso
visually vívido y complaciendo
vulnerable a bribery
de placer fuertemente y firmemente, como cuando cansado, o a través de paseo
objetivo aparente encima y flatten
queriendo en la fuerza física
ropa interior tibia con patas largas
era entusiastas aproximadamente tomando lecciones de ballet
estuvo exterminado para la herejía durante la Inquisición
de mezcla que cae en gotas del vapor condensado en el helecho
el agua o la electricidad vinieron encima otra vez después del agua
de agua del piso que suele maquinaria de paseo en una agua
de radiografías y la frecuencia son, naturalmente, narró recíprocamente
waxy blanco casi leafless planta con raíces en grupos y racemes de flores blancas
le contratamos encima la algo
movimos atrás del encroaching marea
extendimos nuestros bolsos de dormir en el piso seco de la tienda
nadamos dos millas inshore
fuimos nuestras maneras separadas
moja mucky lowland
qué algo está utilizado para
Qué el diablo
qué están pidiendo gasistas estos días es robo de carretera
wheelwork constando de un conjunto conectado de rotating las tren por qué fuerza está transmitida o moción o torque está cambiado
cuándo formada en 1964 era una organización terrorista dominado por Yasser Arafat al-Fatah
cuándo aprendió quién fue acaecía todo dulzor y luz
mientras desagradamos cada cual otro, no obstante acordamos
blancas furry-bodied polilla europea con una cola amarilla tuft
europeo extendido weed habiendo amarillo daisylike flores
mujer de mujer
jengibre salvaje habiendo corazón persistente-shaped hojas penetrantes
salvaje ox del Archipiélago malayo
será influyente en el 1990s y más allá
con apenas bastante dinero para necesidades inmediatas
con cuidado y persistencia
con razón buena
con precaución suma
con resolute determinación
con la cruz de Jesus marching encima antes de que
dentro del reino de credibilidad
sin un curb
sin forethought o plan
sin razón buena
sin preparación previa
sin gusto o en gusto pobre
escaladores leñosos de Asia tropical a Australia
llevó su traje mejor
obra producida pagada para en una tasa por unidad de hueso
obrada con el trabajador de
wormlike larva de varios elaterid escarabajos
llevados por hombres en África Del este
tubérculos grandes que consta de una área exterior para el
servicio fiel de búsqueda produjeron no reportable años
de cosecha de la resina utilizaron medicinally especialmente tan emetics o purgatives o antihypertensives
que cede beneficio o beneficio materiales
cede la madera pesada oscura
cede dura cercano-grained la madera
tienes que pasar por canales
tienes que saber los puntos de presión para administrar shiatsu
tiene que tratar esta planta sólo tan
