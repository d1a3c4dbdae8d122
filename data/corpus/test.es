Una estrella negra absorbe todos importan
Una mujer derecho a un aborto era constitutionalized en ADA deficiencia del
perro de caza africana
después de tomar la droga, John vio doble
Alabama y Florida y Luisiana y Misisipi y Alaska
americana divisorio (fraccionario) las monedas incluyen el dime y el níquel
hierbas americanas con normalmente pinnatifid hojas y azules o flores moradas o blancas en scorpioid cymes
Una frase de ejemplo asomaría lo que esta palabra significa
Anwar Sadat estuvo asesinado porque a muchas personas no les gustó su política de paz con Israel
la planta asiática crecida para su grupo de blanco comestible stalks con el verde oscuro deja
la planta australiana naturalizada en España habiendo flores del limón amarillo a oro profundo
Debido a los cambios de sonido en el curso de historia, un 'h' en estands griegos para un es' en latino
compositor belga (1532-1594)
Bill llamó este número y él cogían Mary
árbol brasileño con generosamente madera marcada
escritor británico de ensayos
de pétalos planta habiendo grasslike hojas y California de flores
Puede la empresa reimburse me para mi viaje profesional?
Puede me acomodo con un coche de alquiler?
Puede estás el bookshelf arriba?
fisiólogo canadiense quién descubrió insulina con C. H. Mejor y quién lo utilizó para tratar diabetes(1891-1941)
Carboniferous helecho de fósil caracterizado por un arreglo regular de los folíolos que se parecen a una peineta
Carpal síndrome de túnel
Clasifica estos documenta
el maíz no crece aquí
filósofo danés quién es generalmente consideró. Junto con Nietzsche, para ser un fundador de existencialismo (1813-1855)
Defrost la ventana automovilística
no cae los platos
de palabra comunicación revolucionada en academe
actor de cómic inglés (1925-1980)
poeta lírico inglés (1591-1674)
filólogo inglés (1835-1912)
físico inglés quién experimented con la conducción de electricidad a través de los gases y quién descubrieron el electrón y determinó su cargo y masa (1856-1940)
poeta inglés (1618-1857)
hierba aromática europea con hojas peludas y flores blancas numerosas en axilares cymes
europeo bellflower con azul-morado a las flores lilas anteriormente utilizadas para tratar la garganta dolorida
abedul europeo con atenuar blanco a ladrido marrón pálido y un poco drooping ramas peludas
los niños europeos aprenden el trazo de seno; a menudo no saben cómo a crawl
la polilla europea presentada a América del Norte
planta perenne europea subshrub con rojo-rosa morada o brillante flores con algo rojas y blancas
franceses diplomat quién supervisó la construcción del Suez Canal (1805-1894)
violinista de jazz francés (1908-1997)
físico francés quién inventó polarizado ligero e inventó el Fresnel lente (1788-1827)
el soldado francés dijo para ser osado y chivalrous (1473-1524)
el escritor francés más sabido para sus biografías (1885-1967)
Fritter fuera uno es herencia
astrónomo y matemático alemanes quién hizo medidas cuidadosas de las distancias estelares y quién pronosticaron la existencia en un 8.º planeta (1784-1846)
impresora alemana quién era el primer en Europa para imprimir que utiliza tipo movible y el primer para utilizar una prensa (1400-1468)
escritor alemán (1830-1914)
Te tienes logged en últimamente?
agita fuera de papeles, pero son todos sobre el mismo tema
sentía para su cartera
identificó con los refugiados
Él lifted una guerra whoop
realmente se extendió cuando subió Kilimanjaro
resucitó el tango en esta parte remota de Argentina
peló el pitcher para ocho carreras en el primer inning
se anquilosó por lo contradecir y siendo inconsistent
Habla abajo a ella
intentó sacudir de sus miedos
Su sangre dejó una mancha en la servilleta
Sus ojos barnizan encima cuándo está aburrida
Sus manos eran grained con mugre
1930 tomó el Baltic Repúblicas
el agua Caliente encogerá las Casas
Cuántas personas resultaron que tarde?
no soy importado para contestar cualesquier cuestiones
I suelo autostop
no puedo digerir toda esta información
No puedo coger al T.V. Antena, incluso si subo en el techo
claramente me podría ver en su situación
I sólo no lo puede tomar anymore
pagué con un veinte y pocketed el cambio
veo las luces de una ciudad adelante
era allí con mis padres en el saque
yo poste el noticioso en el tablón de anuncios
yo hasta luego
Islam es predominante en África del norte, el Oriente Medio, Pakistán, e indonesia
el compositor italiano recordado para sus óperas (1792-1868)
escultor y pintor italianos e ingeniero y científico y arquitecto
John y Eric pronto se amigaron
John aparejó enseguida
Rey de Inglaterra e irlanda en 1936
las calles kuwaitíes están tachadas con el lujo almacena
la mujer de la parcela era disobedient y era inmediatamente cambiado a una pilar de sal
la comida mexicana es fuerzas
Noah y la inundación
el farmacéutico noruego notado para su búsqueda en moléculas orgánicas (1897-1981)
O tempore! O mores
los trópicos Mundiales Viejos
productores de óleo Omaní
de montaña estos numera
Pathans es el grupo étnico predominante en Paciente
Complacer despertarme en 6 SOY.
astrónomo polaco quién produjo un modelo factible del sistema solar con el sol en el centro (1473-1543)
dirigente de trabajo polaco y estadista (nato en 1943)
Puesto fuera vuestras preocupaciones
Puesto en vuestra capa de lluvia-- está vertiendo exterior!
Raccoons dirigido a pry el párpado de la Balsa de
Saca los platos sucios de la mesa
de rumano de la música notado para abstracciones de formas animales (1876-1957)
explorador escocés en África (1771-1806)
Varios Republicanos disintieron
le llama por primer nombre
no podría mover tan todo sus letras están escritas en minúsculas
sentía pequeña e insignificante
quiere su marido profundamente
brilla en matemáticas
Ella stumbled sobre la raíz de árbol
anda en en absoluto horas, como si vivió aquí
abrigó después de que almorzamos juntos
las fuerzas Sociales convergieron para traer los Fascistas atrás a poder
Algunas celdas hubieron nucleated
Algún pase de viajeros a través del desierto
Algo pulsado en su mente
Inicio del inferior y obra hacia la Estancia
Toman una galleta!
Las mujeres flamencas abrochaban delante de la catedral
El Rey decretó que todo firstborn los machos tendrían que ser matados
Los Republicanos están intentando derribar el Demócrata liberal
El Shakespeare Empresa está ofreciendo `Rey Lear' este mes
El autor finalmente domó algunos de sus declaraciones potencialmente ofensivas
La criatura cortada un diente
El balón reventó
El barco grande era despacio porting
El bote cortado el agua
El cámara cortado al cielo
El techo ennegreció
Los carbones eran glowing en el oscuros
El cometa transit encima septiembre 11
El director era pensioned fuera cuándo cogía senile
Los artistas sirvieron arriba de un espectáculo animado
bien era reimposed
La fruta secada y shriveled
Las portadas caballares la yegua
El cazador dibujó una cuenta en el conejo
El hielo rompió la pipa
El candidato de trabajo entrevistó en todas partes
El león lashed su cola
El asesino estuvo colgado el viernes
El noticioso de la muerte de su marido destrozó su vida
El número de horas I obra por medias de obra fuera a 40
El operador no podría coger Kobe debido al terremoto
El dolor disparó arriba de su pata
El paquete bulked en el saco
Las personas habitaron las islas que es ahora desertó
El presidente de la empresa nunca dirige escaparse durante el verano
Los chalecos de hacienda en el trustees
Los restos de responsabilidad con los Aliados
Los granos de arena son saltated por el viento
El secretario falló para llamar el cliente y la empresa perdieron la cuenta
El barco aterrizado en Pearl Puerto
El palo no dobla
El más extraño conked le y él fainted
El estudiante reescribió su tesis
El sol blanqueó la camisa roja
El empleado de supermercado bagged los víveres
Las lágrimas arruinaron su maquillaje
El trueno rodó
La guerra insensibilizó muchos soldados
La madera splintered
Estas actividades coordinan bien
Ellos deloused los prisioneros después de que ellos liberated los campamentos
extorsionaron dinero del ejecutivo por amenazante de revelar su pasado al jefe de empresa
hicieron encima a medias un loaf de pan todos los días
dirigieron criar Hanoi anoche
rodaron de ciudad a ciudad
Este coche puede lograr una velocidad de 140 millas por hora
Estas marcas de diseñador arriba de nuestras colecciones de Muelle
Esto hace una introducción fina
Esta equivocación le costó su trabajo
Este papel se parece a mi obra propia
Esta puesto no es siempre staffed
Esto cuestiona befuddled incluso el profesor
de flecha hubieron dimmed las marchas
Girar la propuesta encima en vuestro Turno
antropólogo de Estados Unidos quién era el primer para intentar una clasificación sistemática de lenguas americanas Nativas (1837-1899)
Estados Unidos blues músico quién transcrito y publicado tradicional blues música (1873-1958)
Estados Unidos generales quién era comandante de todas tropas de Unión en los Estados Unidos
Estados Unidos horticulturist quién desarrolló muchos variedades nuevas de frutas y vegetales y flores (1849-1926)
Estados Unidos industrialist y pionero de aviación (1878-1930)
jurista de Estados Unidos quién sirvió tan justicia de jefe de la Corte Suprema (1890-1953)
Estados Unidos lithographer quién (con su socio James Ives) produjo los miles de huellas firmaron `Currier & Ives' (1813-1888)
Estados Unidos ornithologist y artista (nato en Haití) notó para sus pinturas de pájaros de América (1785-1851)
físico de Estados Unidos (nato en Alemania) quién colaboró con Morley en el Michelson-Morley experimento (1852-1931)
Estados Unidos dirigente religioso (nato en Corea) quién fundó la Iglesia de Unificación en 1954
escritor de Estados Unidos (nato en 1925)
escritor de Estados Unidos quién creó el detective japonés Señor Moto y escribió otras novelas también (1893-1960)
Abreva vertida por todas partes el Agua
Nosotros todo arraigado para el equipo de casa
Nosotros no intermingle mucho
Nosotros grumbled sobre la carga de obra aumentada
Nosotros handcraft todo nuestro papel
obramos arriba valor
Qué quiere consistir en?
Tú misstated mi puesto
tienes que no overclothe el niño-- será demasiado caliente
un .38 caliber concha
un juego vasco o español tocado en una corte con una bola y un wickerwork raqueta
una colonia británica en las Indias Del oeste
una medida de capacidad imperial británica (líquido o seco) igual a 60 minims o 3.5516 centímetros cúbicos
una unidad británica de la capacidad igual a 9 galones imperiales
un río canadiense
un Congressional la vacante ocurrida en la representación de California
un licor francés originalmente hecho por Benedictine monjes
una escuela francesa del arte y la arquitectura populares en el 1890s
un profeta hebreo del siglo VI aC quién estuvo exiliado a Babilonia en 587 BC
un Markov el proceso para qué el parámetro es tiempo discreto valora
un Penutian la lengua hablada por el Kalapuya
un Semitic lengua originalmente del antiguo Arameans pero todavía hablado por otras personas en southwestern Asia
un laboratorio de defensa de los Estados Unidos para dirigir búsqueda en informáticadeactuación alta para aplicaciones de tecnología del defensa
unos Estados Unidos o valor de moneda canadiense un cuarto de un dólar
una batalla de Primera Guerra mundial en northwestern Francia donde los Aliados derrotados los alemanes en 1918
un recital malo
un bald porcine hombre viejo
una bola-centro de venta callejera fielder
un péndulo balístico que consta de una pistola suspendida
un barge llevando bulk materiales en un control abierto
un alimentador de ladrido
un barril que vino de controles
una base o programa en qué heno o el maíz es stacked
una batalla en la Guerra coreana (1950)
una cama bastante ancho para acomodar dos sleepers
un creyente en Malthusian teoría
un alcohol benévolo
un birdhouse para palomos
una salchicha negra que contiene la sangre del cerdo y otros ingredientes
un rubio cuyo cabello está blanqueado con peróxido
una enfermedad de sangre caracterizada por la presencia de hemoglobinas anormales en la sangre
un bloodbath tuvo lugar cuándo los dirigentes de la trama se rindieron
una junta con ruedas que está montado en un estando o crouching puesto y propelled por pies
un bote en un twilit río
un bote propelled por oarsmen y diseñado para correr
un ente de ley
una bomba hecha de explosivo plástico
una bomba con único 10 a 20 por explosivo de céntimo y el resto que consta de casings diseñado para romper a muchos fragmentosdevelocidad alta pequeños
un boulder encontrado en una orilla remota de su sitio de origen
un bowling alfiler que es delgado por comparación con un tenpin
un elemento cristalino gris quebradizo que es un semiconducting metaloide (pareciéndose a silicio) utilizó en transistores
una bóveda de entierro (normalmente para alguna persona famosa)
un quemado-encima sitio en el bosque
un estallando en
un empresarial comprometido en la fabricación de automóviles
un puerto de río ocupado en el Río de Misisipi cerca su confluencia con el Río de Misuri
un cámara que desarrolla y produce una huella positiva dentro de segundos
un cancerous crecimiento
un cabo en southeastern Carolina del Norte que extiende al Océano Atlántico
un juego de carta en qué tocas vuestro sevens y otras cartas en secuencia en el mismo traje como el sevens
un intérprete de carnaval que hace leyes asquerosas
una talla creada por madera de talla
un caveat contra prácticas injustas
una bodega o bóveda o cuarto de entierro subterráneo (especialmente debajo una iglesia)
una ceremonia en qué algo (como construir) está dedicado a algún gol o propósito
una Señora segura Jones
un certificado cuyo valor está reconocido por el payer y payee
una cadena de las islas que incluyen Borneo y Celebes y Java y Sumatra
un cuarto que proporciona acceso para espaciar donde el aire es debajo presión
un cambio que resulta en un aumento
un control en su dependability debajo acentuar
una reacción química en cuál la molécula está añadida a otro
un niño quién es hembra
un chisel para madera laborable
una ciudad en Japón central en del sur Honshu
una ciudad en México central
una ciudad en Iraq del norte en el Tigris a través de de las ruinas de Nineveh
una ciudad en California del sur localizó encima 8.5 millas de Pacific beachfront
una ciudad de southwestern Misuri
un ejemplo de aclarar
una clase de detergentes sintéticos en qué la superficie-la parte activa de la molécula es el catión
una cláusula en una póliza de seguro que releva el asegurador de responsabilidad de pagar la pérdida inicial hasta una cantidad declarada
un ácido carboxílico líquido claro utilizado en perfumes y droga
un clip con un muelle que cierra las mandíbulas de metal
un encargado cercano (como a un erudito)
un grupo de las hojas que crecen en llenó círculos de un centro común o corona (normalmente en o cerrar completamente)
un grupo de celdas malignas que ha no todavía invadió el más profundo epithelial tejido o extendido a otras partes del ente
un grupo de narró dialectos que era una vez la lengua importante de oeste de África del norte de Egipto
un cóctel hecho con bourbon con bitters y Pernod y el azúcar servido con el limón pela
un pastel de café sazonado con pasas y corteza naranjas y almendras
una columnata que rodea un edificio o encerrando una corte
un incoloros cristalinos sintéticos fatty ácido
un comatose paciente
un principio comercial que sin una garantía el comprador toma a él el riesgo de calidad
una lengua común utilizada por altavoces de lenguas diferentes
una acción primitiva de una empresa nacionalmente sabida cuyo valor y los dividendos son fiables
una comunidad de americanos Nativos quiénes hablan un Hokan lengua y vivir en Baja California
una empresa que marcas y vende pharmaceuticals
un éster complejo utilizado para hacer fibras o resinas o plásticos o como plasticizer
una molécula compleja utilizó médicamente a iones de metal del quelato en casos de ventaja o el metal pesado que envenena
un componente de producción
un sistema de ordenador para hacer copias de seguridad
una aproximación confidencial
un defecto congénito en cuál o más los dedos o los dedos son anormalmente colocó
un consensual contrato
un considerate y ley pensativa
un consorcio de organizaciones independientes formó para limitar competición por controlar la producción y distribución de un producto o servicio
un consumidor-póliza amistosa
un envase para incienso en llamas (especialmente uno aquello está balanceado en una cadena en un ritual religioso)
un lago contaminado
una excusa conveniente para no yendo
un programa coordinado
un apretón de manos cordial
un corrigible prisionero
un consejo que consta de representantes permanentes de todos los países de miembro de DE LA OTAN
un país en la isla de Jamaica
un país que mantiene repressive control sobre las personas mediante policía (especialmente policía secreta)
un curso (vía conferencias o correspondencia) para adultos quiénes no son otherwise comprometidos en estudio formal
una corte en algunos estados en los Estados Unidos aquello tiene jurisdicción sobre disputas familiares (especialmente aquellos implicando niños)
un courteous o respetuoso o considerate obrar
un craftsman quién pone o techos de reparaciones
un crappie aquello es negro
un crítico quién escribe una columna para los diarios
un ácido carboxílico cristalino
un cristalinos fatty el ácido que ocurre tan glycerides en óleos y grasas naturales (especialmente aceite de coco y palma-kernel óleo)
una nube de cúmulo en una altitud intermedia de 2 o 3 millas
un oscuros-skinned raza
un datum aproximadamente algunos físicos estatales aquello está presentado a un usuario por un metro o instrumento similar
un día de supplication para todas las almas en purgatorio
un engaño para beneficio a tú
una cubierta en la copa de una pasajera embarca
una disminución de equipamiento o personal militares
un laboratorio de defensa de la Investigación Criminal Manda
un defensivo stance
una deidad o ninfa del bosque
un deliquescent sal
un demonio personifying muerte
una depresión en el piso del océano Pacífico al nordeste de Japón aquello logra profundidades de 30,000 pies
un diputado o ayudante a alguien aguantando el título de canciller
un dervish cuyas acciones incluyen ecstatic danza y whirling
un nombre descriptivo para un sitio o cosa
un desierto en northwestern Nevada
un postre que consta de un meringue la base o la copa llenadas con fruta y crema batida
un retrato de devastar de locura humana
un dialecto de inglés hablado en el Lowlands de Escocia
un dígito que representa la suma de los dígitos en un caso de dato digital
un dilleniid dicot familia del orden Rhoeadales aquello incluye: genera Capparis, Cleome, Crateva, y Polanisia
un desacuerdo o riña aproximadamente algo importante
una descarga de electricidad
un desorden caracterizado por depósito de amiloide en órganos o tejidos
un talante para distar y unsympathetic en manera
un talante para ser humilde
una característica de sabor fragante distintiva de grano de vainilla
una reparto de Normandía
un documento que da una instrucción oficial o mandar
un domed la colmena hecha de paja torcida
un doble (binario) protagoniza
una curva doble que se parece a la letra S
un dowitcher con un gris atrás
un dramático soprano
un dreamlike calidad
un paseo interior montado de un ordenador
una combinación de droga encontrada en algunos encima-el-remedios de dolor de cabeza del contador (aspirina y phenacetin y cafeína)
una droga que está diseñado para impedir el crecimiento de vasos sanguíneos que nutre tumores
un fallo de funcionar normalmente
una falacia en argumentación lógica
una familia de arborviruses llevado por artrópodos
una familia de avispas
un padre o madre
un coste que es pagable sólo si el resultado es exitoso (en cuanto a los servicios de un abogado)
una sensación de craving algo
una sensación de agitación inquieta
un helecho del genus Botrychium habiendo un fértil frond aguantando pequeño grapelike grupos de casos de espora
un fictional gato con una sonrisa fija ancha en su cara
un fictional chica joven quién está salvado de su madrastra y hermanastras por su madrina de hada y un príncipe guapo
un figurative movimiento hacia alguna atracción
una película o conferencia ilustrada en ambulante
un filtro en la línea de combustible que pantallas fuera mugre y enmohecer partículas del combustible
un filtro que frecuencias de pases por encima de un valor seguro y atenúa frecuencias bajo aquel valor
una actuación final o esfuerzo (especialmente antes de que jubilación)
una película fina de óleo
un hierro de fuego que consta de una pala pequeña utilizó a carbones de exclusiva o cenizas en una chimenea
un firmes aquello vende y compra joyas
un plano woolen tapón con una cumbre rígida
un piso bajo los timbres de un abiertos belfry
una forma del budismo que enfatiza mystical simbolismo de mantras y mudras y el Buddha ideal cuál es inexpressible
una forma de rheumatoid artritis que afecta niños
una forma de solitaire aquello empieza con siete pilas de cartas con las cartas superiores que hacen frente
una influencia formativa
un poste militar fortalecido donde las tropas son stationed
un chut libre de la esquina otorgó al otro lado cuándo un jugador ha enviado la bola detrás de su gol propio tacha
un hongo con un viscid wrinkled tawny tapón
un juego en qué misiles apuntados pequeños está echado en un dartboard
un juego tocado por dos equipos de 11 jugadores en un campo rectangular 100 patios mucho tiempo
una puerta que consta de un poste que leyes como pivote para rotating armas
un plazo genérico para cualquier aparato cuya posesión titula el titular a un medio de acceder
un genus de Cichlidae
un genus de Limulidae
un genus de Lorisidae
un genus de Sparidae
un genus de Stromateidae
una chica quién creció arriba en el alojamiento de vías en el San Fernando Valle
un ocaso magnífico
una oficina de gobierno en una ciudad donde la información sobre trabajos disponibles está mostrada y donde beneficios de paro están administrados
una disminución gradual en magnitud o alcance
un registro gráfico del ciclo cardíaco producido por un electrocardiograph
un verdes o amarillos o marrones minerales constando de un hydrated silicato
un greyish-color rosa
un grupo de aproximadamente 80 islas de coral en franceses Polynesia
un grupo de agencias de gobierno y organizaciones que lleva fuera actividades de inteligencia para el gobierno de Estados Unidos
una herramienta de mano que consta de un rotating eje con mango paralelo
un disco duro que puede ser sacado del disco conduce
un sombrero hecho de sentido con una corona arrugada
una capa pesada
un pesado cruiser
un casco llevado por astronautas mientras en espacio exterior
un atropelladamente amable de existencia con nunca una pausa
una manada de ballenas
una tasa alta normalmente indica la presencia de inflamación
un homeless gato
una barra horizontal encima que te puede barbilla tú
una barra horizontal que va a través de algo
un hormonal imbalance
un caballar stabled con otro o uno de varios caballos poseyó por la misma persona
un salto en attendance
un kiln con un cuarto interior para disparar cosas en una temperatura baja
una clase de elegir aquello está utilizado para cavar
un punto de sutura de tejer que resultados en un patrón de horizontal ridges formado por tejer ambos lados (en vez de purling un lado)
un aparato de laboratorio para producir un gas (normalmente hidrógeno sulfide) por la acción de un líquido en un sólido sin calentar
un peón quién está obligado para hacer menial obra
un landlocked país en África central
una lengua hablada por unas personas malasianas en Formosa
una glándula salival grande que productos 50% de daytime saliva
una mesa grande centerpiece con branching titulares para fruta o golosinas o florece
una variedad grande de caracola
una operacióndeagricultura de escala grande
un lavish bufete
una cifra de deportes principal en su propio derecho
una hoja que se parece a una pluma
una hoja shaped como un lance jefa
un hospital largo se queda
un lexicographer quién especializa en etimología
un bloque de edificio concreto ligero hecho con cinder conjunto
una luz cuatro-wheeled caballar-transporte dibujado
un corro ligero rico con huevos y mantequilla y un poco dulces
una línea de personas en en fila india actuando el conga baile
una falda tachada
una lista de los platos disponibles en un restaurante
un dialecto literario de Viejo inglés
una discusión animada
una persona viviente
un magistrado local con limitó poderes
una gama estrecha larga de cerros
un sueltos y brightly colored camisa africana
una generación perdida
un lubrificante que protege el ente emerge
un lustroso elemento metálico fuerte gris pareciéndose a titanio
una máquina que huellas
un macho godchild
un hombre quién es Negro
un hombre quién es muy viejo
una marca utilizó para indicar la palabra encima tendría que ser repetido
un mercado donde los víveres están vendidos
un matrimonio para el sake del amor
una masa de fungal tejido que tiene estructuras queaguantanespora embedded en él o encima lo
una medida de la consecución académica de un estudiante en un universitario o universitario
una medida de la cantidad de cloro u otros haluros en agua (especialmente seawater)
una fábrica mecanizada
un miembro de unas personas germánicas quién conquistó Inglaterra y fusionado con los Ángulos y sajones para acaecer anglosajones
un miembro del Algonquian las personas narraron al Malecite y viviendo en Maine nororiental y Nuevo Brunswick
un miembro de las personas americanas Del sur que viven en Argentina y Bolivia y Paraguay
un miembro de la generación de boom de la criatura en el 1950s
un mentor en temas espirituales y filosóficos quién es renombrado para cordura profunda
un mensaje que expresa una opinión favorable
un mensaje que parece para transmitir no significar
un estand de metal que cañón aguantado anteriormente bolas encima navegando barcos
un método de la contabilidad en qué cada elemento está introducida como los pagos están recibidos o hizo
una unidad métrica de capacidad, anteriormente definido como el volumen de un kilogramo de agua pura bajo afecciones estándares
un suave viral la enfermedad transmitida por el mordisco de la mosca de arena Phlebotomus papatasii
un servicio militar responsable para la seguridad de tráfico marítimo en aguas costeras
una mente tan innovational, tan original
un minero tamping barra para ramming empaquetando en sobre una voladura cobra
un cámara de miniatura con una lente rápida
un minimally invasive operación para reparar una junta averiada
un espejo pretendió ser aguantado en la mano
un tempo moderadamente lento (un paso de excursionismo)
un triunvirato ruso moderno
una monarquía habiendo un parlamento
un morsel del papel era todo necesitó
una enfermedad mortal
un mound de la tierra hecha por topos mientras burrowing
una cordillera en Porcelana occidental que extiende eastward del borde indio para 1000 millas
una cordillera que corre a lo largo de la costa oriental de Australia
un movimiento a o inward
una película con un bittersweet acabando
un músculo que está conectado en cualquier o ambos fines a un hueso y tan partes de movimiento del esqueleto
una notación musical que indica un silencio de una duración especificada
una notación musical que indica el número de latidos a una medida y clase de notar aquello toma un batió
un mussy fussy dormitorio
un estrecho abriendo tan p. ej. entre planks en una muro
un parque nacional en Colorado que contiene habitaciones de acantilado prehistórico
un nativo o habitante de Kuwait
un nativo o residente de Carolina del Sur
una destreza natural
una cama pulcramente hecha
un noticioso junkie
un nonverbal mensaje
un reactor nuclear que los usos controlaron fusión nuclear para generar energía
un tampón utilizado como limpiar implementa
un paddle olla de presión habiendo el paddle rueda en la popa
un pánico o extremo discomposure
una parte que está cortado fuera o está pretendido para ser cortado fuera de
una fiesta de personas reunió para interacción social fuera de puertas
un pauper quién vive por suplicar
un trabajo de pagar
un pago de dinero envió a una persona en otro sitio
un instrumento de percusión similar a un xilófono pero teniendo barras de metal y rotating discos en los resonadores que producto un vibrato sonido
una actuación para criar dinero para una causa benéfica
un intérprete quién da exposiciones de montar y roping y bulldogging
una persona adicta a religión o un religioso zealot
una persona nata en los Estados Unidos de padres quién emigró de Japón
una persona motivada por entusiasmo irracional (en cuanto a una causa)
una persona de nacionalidad alemana
una persona que cumple una condena en una prisión o prisión
una persona quién acepta el mundial como literalmente es y lo trata consiguientemente
una persona quién anuncia y toca música grabada popular
una persona quién pertenece a un clan o tribu habiendo un tótem
una persona quién entrega una habla u oration
una persona quién odia matrimonio
una persona quién es indigente
una persona quién es formalmente introducido (junto con otros) en un registro (y quién obtiene derechos seguros así)
una persona quién es loathsome o repugnando
una persona quién calza caballos
una persona quién rompe algo
una persona quién cultiva la tierra para un viviendo
una persona con presbyopia
una persona sabes bien y consideración con afecto y confiar en
un pesky mosquito
un comienzo de frase con una preposición
una pieza de chamois utilizado para lavar ventanas o coches
una pieza de ficción que narra una cadena de narró casos
un pistol aquello es un semiautomatic firearm capaz de cargar y disparando continuamente
una chica sencilla con un freckled cara
una planta habiendo follaje que está derramado anualmente al final de la estación de crecer
un cuerno neumático
un sistema político regido por hombres viejos
un polyunsaturated fatty ácido con 18 átomos de carbono
una ciudad portuaria en Irlanda del sur
un sistema posicional de numeration que usos dígitos duodecimales y un radix de doce
un postulated cambio bioquímico (presumiblemente en tejido neuronal) aquello representa una memoria
una ocurrencia de preceder o causa o caso
una predicción aproximadamente cómo algo (como el tiempo) desarrollará
un anuncio imprimido que está publicado en un diario
una impresora que automáticamente imprime alocuciones en letras para mailing
un asesino profesional
un profesor de la fila más alta
un programa para una raza que cumple
un psiquiatra y especialista en los aspectos legales de enfermedad mental
una cantidad del licor igual a un quinto de un galón de Estados Unidos
una cantidad o cantidad o medir considerado como proporción de otra cantidad o cantidad o medir
un rápido corto directamente pegar
un coche de vía al final del tren
una serie rápida de ascendente o descendiendo notas en la escala musical
una obra rara, hoy casi inaccesible
una reacción con comportamiento emocional inapropiado
un número real (un escalar) aquello es el producto de dos vectores
un número real a toda costa de su signo
una recepción o la fiesta en qué té está servida
una relación recíproca entre dos o más cosas
un recruiter de personal (especialmente para empresas)
un color rojo que refleja poco encender
un rojos dyestuff constando de secó ente de hembra cochineal insectos
un redeemable cupón
un refined calidad de gracefulness y gusto bueno
una prostituta reformada
una región de Francia nororiental
una república en Europa del sur en la Península italiana
una república en los Balcanes occidentales en del sur-Europa central en el área costera adriática oriental
una república en el Maldive Islas
un residente de Sicilia
una ciudad de centro en al noreste Florida en la costa del Atlántico
un resto en qué un violinista puede colocar la barbilla
un reverberant sala
un pastel rico con dos o más tiers y cubierto con frosting y decoraciones
una barra de metal rígida entre las suspensiones de frente y entre las suspensiones traseras de coches y camiones
un río que surge al del norte de Lago Baikal y fluye del norte y del oeste al Yenisei Río
un río que aumentos en flujos y Dakota del Sur nororientales hacia el sur para unir el Río de Misuri en Sioux Ciudad, Iowa
un cohete-propelled misil guiado que puede huir la atmósfera de la tierra
una suposición áspera
una carretera de rotonda (especialmente uno aquello está utilizado temporalmente mientras una ruta principal está bloqueada)
un redondeado apelmazadamente curled hairdo
una fila de muescas
un rudaceous el rock que consta de fragmentos agudos embedded en arcilla o arena
una altiplanicie abrupta que carreras al norte a del sur a través de Gales central
una regla de ordenar permanentemente en vigor
un vio habiendo dientes alrededor del borde de un cilindro vacío
una escala para pesar
un escolares enseñando medicina veterinaria
un guión (probablemente adaptado del arameo sobre el siglo VII aC) de qué guiones indios más tardíos desarrollaron
una secta de ortodoxo Jews aquello surgió fuera de un pietistic el movimiento que origina en Europa oriental en la segunda mitad del siglo XVIII
una sección de una diversión que está asignado a un intérprete concreto o actuación
una sección o porción de un viaje o curso
un sedimentary el rock que difiere de shale en ser atado por sílice y de slate en habiendo ningún slate cleavages
una persona egoísta quién es poco dispuesto de dar o pasar
un vendedor de bienes de baja calidad
una serie de cascadas en Yosemite Parque Nacional en California
un servicio dirigido en una casa de adoración
una sesión como de una legislatura o cortejar
una forma severa de leptospirosis en seres humanos
un ruido repentino agudo como si dos objetos pegados juntos
un refugio para pájaros
un barco con un lazo reforzado para romper arriba hielo y mantener los canales abren para navegación
paseo a escaso en una pipa
la pieza a escasa que queda en un tronco o raíz donde una rama está perdida
un shrewish mujer
un shrine donde un oracular el dios está consultado
un firmó acuerdo escrito entre dos o más fiestas (naciones) para actuar alguna acción
un accidente agudo solo de tronar
una situación en qué vida parece irracional y sin sentido
un esclavo a moda
un palo esbelto del incienso quemado antes de un joss por el chino
un ataque leve de enfermedad
un lento plano-footed paseo
un plato pequeño (a menudo con una portada) para aguantar mantequilla en la mesa
un pequeño duct aquello transmite sudor de un sudoriferous glándula a la superficie de la piel
una glándula endocrina pequeña en el cerebro
un pequeños fipple flauta que está tocado con la mano izquierda mientras la mano derecha es libre de batir un tabor
una gubia pequeña (como en la portada de un libro)
una polilla gris pequeña cuyas larvas viven en manzanas y nueces inglesas
una libreta pequeña para notas ásperas
una pieza pequeña de papel adhesivo que está puesto en un objeto para asomar que un impuesto de gobierno ha sido pagado
un tampón portátil pequeño que proporciona tracción para la bola de un ratón de ordenador
un tejido liso de seda o rayon
un blandos elemento metálico maleable gris que se parece a lata pero discolors encima exposición para airear
un tejido de lana blando hecho del fleece del vicuna
un baile de grifo del solo que enfatiza grifos agudos
una solución que contiene sustancias químicas que puede cambiar el color de una huella fotográfica
un sooty chimenea
un sorcerer o mago
un soulful o idealista amoroso
un giró de 2000 años
una ley especial-agente de aplicación de los Estados Unidos Treasury
un especialista en criminología
una exposición espectacular de luces del norte
un sprightly baile
un staphylococcal infección
un estado de afección económica decreciente
un estado de forma física y salud buena
una canal en un remoto o sparsely ubicación poblada
una aleación de acero hecha con cromo y tungsteno
un estímulo que proporciona información sobre qué para hacer
un storeroom en una casa donde odds y los fines pueden ser almacenados (especialmente mobiliario)
un stout cuchillo de caza con un borde solo
una línea recta a través de un ente o imaginar aquello satisface afecciones seguras
un chico de emplaste de dieciocho
una estrategia de retrasar
un músico de calle quién toca un órgano de mano o hurdy-gurdy
una serie de los caracteres que empiezan con un periodo y seguido por uno o más letras
un trazo o soplar
un golpe fuerte con un cuchillo u otro instrumento apuntado agudo
un fuerte esbelto a menudo raíz flexible como de bambúes, reeds, rattans, o caña de azúcar
una actuación pasmosa
una persona estúpida quién es fácil de aprovechar
un sturdy twilled la tela de un color marrón amarillento utilizó especialmente para uniformes militares
una sustancia (un átomo o molécula o radical o ión) que formas un complejo alrededor de un átomo central
un subsurface flujo de abrevar
una explosión repentina de llama
un sullen multitud
un sultry baile
una herida superficial
un hinchamiento del hock junta de un caballar
un tad demasiado caro
un tannic ácido que está extraído de negro catechu como sustancia cristalina blanca
un alquitrán formado de destilación de carbón bituminoso
una tarea asignada para estudio individual
un impuesto pagó unwittingly por el consumidor (como anuncio valorem impuestos)
un bromista suele desenredar las fibras
un plazo de alocución para una madre superior
un plazo que es utilizó signally más que simbólicamente
un terminal aquello sirve pasajeros de autobús
una organización terrorista en Sri Lanka aquello empezó en 1970 como protesta estudiantil sobre el acceso universitario limitado para Tamil alumnado
una empresa teatral que actúa juegos de un repertorio
un teodolito diseñado para medidas rápidas
un teorema que da la expansión de un binomial criado a un poder dado
una teoría de interacciones fuertes entre partículas elementales (incluyendo la interacción que ata protones y neutrones en el núcleo)
un terapeuta quién manipula el esqueleto y músculos
un terapeuta quién trata defectos de habla y desórdenes
un termómetro con un bulbo que está cubierto con moist muselina
una sopa gruesa hecha de secó guisantes (normalmente hechos a un puree)
un mortero delgado que puede ser vertido y utilizado para llenar grietas en masonería o brickwork
una tira delgada de cordón cubierto utilizó a dobladillos de borde
una capa uniforme delgada de nube brumosa en altitud alta
una búsqueda minuciosa del ledgers revelado nada
un a través de calle
una mente ordenada
un quecabeestanco sleeveless camisa con correas de hombro ancho y cuello bajo y ningún frente que abre
un tiempo de unimpeded crecimiento
un tortilla aquello está llenado con queso y calentó
una toalla con los fines cosidos juntos, colgados en un rodillo
un juguete que consta de modelos pequeños de trenes de ferrocarril y la pista para ellos para correr en
un tractor adecuado (o apto) para deber pesado
un tranquilizante (nombre de comercio Mellaril) utilizó para tratar esquizofrenia y otro psychotic desórdenes
un triángulo sin dos lados de periodo igual
un tricyclic antidepresivo (el comercio nombra Adapin y Sinequan) con efectos de lado numeroso (sedación y boca secas y gastrointestinal alborotos)
un troublesome infección
un troublesome weed en Estados Unidos centrales y occidentales
una aproximación verdaderamente original
un doce-sided polígono
un tipo de característica de glaciación de Alaska
un tipo de enfermedad de piel que causas algo marrones en la piel
un movimiento uniforme sin rotación
una unidad para medir absorción
una unidad de la información igual a 1024 bits
una unidad del poder igual a 1 joule por segunda
una acción unitaria
un utensilio utilizado en preparar alimentario
un color variable que mentiras allende azules en el espectro
una variedad de actividades o cosas diferentes
una variedad de dorado aster
una variedad de whitefly
una orden verbal para acción
una forma de verso adaptó al tratamiento de heroico o elevó temas
un americano muy rápido hound
un calor muy duro-el acero resistente que contiene tungsteno
una vaso pretendida para beber
un virrey quién rigió una provincia grande en el Imperio Romano
un pueblo en southwestern Inglaterra donde cheddar el queso era primero hizo
un violable regla
una vitamina que mantiene la resistencia de celda y capillary muro a permeation
un volcán en central Honshu cercano Nagano
una persona vulgar (especialmente alguien quién hace una exposición vulgar de riqueza)
un wantonly ley cruel
una guerra de attrition
una capa tibia hecha de duffel
un aviso a fabricantes de póliza nacional que un enemigo pretende lanzar un ataque en un futuro próximo
una manera de hacer algo, especialmente una manera sistemática
una manera de vender el producto de una empresa tampoco directamente o vía distribuidores
una pilar débil
una arma que squirts combustible incendiado para varios patios
un weightlift en qué el barbell es lifted a cota de hombro y entonces smoothly lifted elevado
un weighty hombre
una frasebiengirada
un blancos minerales constando de carbonato de magnesio
un blancos o silvered superficie donde los cuadros pueden ser proyectados para ver
una cera blanca extraída de ozokerite
una idea nueva entera
un ancho silvery la cinta adhesiva pretendió sellar juntas en metal de capa duct obra pero teniendo muchos otros usos
un jardín norteamericano ampliamente distribuido araña
un widow hacienda de holding recibida de su marido difunto
un witty o turno ingenioso de frase
una gerente de mujer
una mujer quién canta canciones populares
una mujer quién dice fortunas
una mujer que obra en una parque
el sitio de una mujer es ya no en la cocina
un trabajador especializado en hacer armadura o arma
un trabajador quién pone o semillas de conjuntos o seedlings a la tierra
un envase envuelto
un wrestler quién pesa 139-154 libras
una garantía escrita que algún producto o el servicio serán proporcionados o cumplirá especificaciones seguras
capaz por oracular significa para exponer una bruja
capaces de expandir o ser expandidos
anormal bulging de la córnea del ojo
formación anormal de cartílago de otros tejidos
anormalmente extremidades pequeñas (dedos y dedos subdesarrollados)
abundando en rocas o apedrea
que abundan en normalmente la vegetación indeseada
por encima de la gama de voz normal
descarga eléctrica repentina de nube a nube o de nube a la tierra acompañada por la emisión de ligero
según historiadores
según necesidad (physicians uso PRN en escribir recetas)
según el Testamento Viejo estuvo advertido de su hado por letra divina en la muro que estuvo interpretado por Daniel (siglo VI aC)
según los hechos
según la leyenda, la verdad y la bondad y la belleza reinaron allí
según qué tiene sido alegado
acostumbró a vida de casa
independencia conseguida de Francia en 1945
independencia conseguida del Reino Unido en 1907
semillas grandes-lavar azul jeans
prometida como el banquero en un juego o en ley
ley de hacer en una escala mucho reducida
que obra es un imitative el arte
obrando como un antiseptic
de personas tomada a cambio para un daño u offense
activa los circuitos
ángulos agudos y obtusos son oblique ángulos
que adhieren a qué es adhesión aceptada
ajusta a una necesidad concreta o la lonja
ajustado o attuned por añadir un elemento de contrarrestar
de ropa que consta de un tampón de tela ornamental llevado en el adorno
afectando tiempo inmediatamente siguiendo el trauma
temeroso de culebras
después de tocar duro los niños eran thirsty
después de la prueba nos di los detalles reales
de libertad que induce aglutinación de
de grasas y el brote con precisión suma
alinea de nuevo o mejor
todo las pocas criaturas unieron en el elfin baile
todo el tiempo
también utilizaron metaphorically
un Ismaili califa de Egipto quién se declaró una encarnación de Dios y fundó el Druze secta religiosa (985-1021)
una afección anormal del embarazo caracterizado por hipertensión y edema y proteína en la orina
una respuesta repentina
una ley de unir o cosas contiguas
una ley o expresión de crítica y censure
una ley que personas de marcas crueles o calidades humanas normales faltas
una insuficiencia aguda
un addictive el narcótico extraído de cápsulas de semillas de la amapola de opio
un adulto persona hembra (como opposed a un hombre)
un defender de resistencia pasiva (1869-1948)
una agencia en el Departamento de Comercio que mapas los océanos y conserva sus recursos vivientes
un paraguas de aire encima Inglaterra
un allotrope de planchar aquello es establo entre 1403 grados centigrade y el punto de fundir (= 1532 grados)
un amables reuniendo
un gramático griego antiguo recordado para su comentario en el Iliad y Odisea (circa 217-145 BC)
una ciudad antigua en la porcelana nororiental notada para el carbón minero y producción de acero
una ciudad antigua en la Cisjordania al del norte de Jerusalem
un anecdotal historia de jazz
un ángel ranked por encima de la fila más alta en la jerarquía celestial
una raza anual para caballosdetresaños
un anuales steeplechase carrera en Liverpool, Inglaterra
un antihypertensive droga que bloques la formación de angiotensin II en el riñón, dirigiendo a relajación de las arterias
un electrodoméstico que hace un trabajo particular en la casa
una área de estrechamente cropped la hierba que rodea el agujero en un golf curso
una área que tiene poca precipitación porque alguna barrera causa los vientos para perder su moisture antes de lograrlo
un brazo del Índico oriental entre Timor y Australia del norte
un arreglo de casos que intentos de conseguir un efecto máximo
un artefacto aquello ha sido creado por alguien o algunos procesan
un aparato artístico o efectuar
un aspecto de algo (como contrastado con algunos otro aspecto implicado)
un procedimiento de auditoría basado en proporciones entre cuentas e intenta identificar cambios significativos
una expresión austera
un economista quién especializa en macroeconomics
un elaboration del croquis siguió
una ola electromagnética con una longitud de onda entre 0.5 cm a 30,000 m
un registro de email
una persona energética con iniciativa inusual
una ciudad entera devastada por un terremoto
un epidermal celda que es un precursor de un melanocito
un igualmente gallant poca mujer y madre uncomplainingly manteniendo arriba de la producción de tasty y nutriendo comidas
una ecuación que contiene diferenciales de una función
un equilibrio de poder entre naciones
un estimable profesor joven
una mente exacta
un exceptionally lector rápido y selectivo
un exceso de gastos sobre ingresos
una exposición de objetos de arte (pinturas o estatuas)
un estado extremo de adversidad
un illusory hazaña
una imagen de una estructura que está producido por ultrasonography (reflejos de olasdesonido de frecuencia alta)
una fuente importante de cobalto y níquel
una exposición impresionante
un incandescing ente
una iglesia independiente con su Patriarca propio
una agencia federal independiente que administra servicio militar obligatorio
una agencia federal independiente que proporciona tramitación de correo y servicio de entrega para personaje y negocios en los Estados Unidos
un indicador utilizado en reacciones que implica precipitación
una industria que fabricaciones prendas plásticas
un inflexible ley
un plazo informal para vuestro padre
un título heredable
una persona inescrutable quién mantiene sus pensamientos y secreto de intenciones
un conjunto integrado de actitudes y creencias
un intelectual quién synthesizes o utiliza métodos sintéticos
un interfiriendo mujer vieja
un intradermal inyección
un irresistible impulso de robar en la ausencia de cualquier motivo económico
una oferta para comprar acciones para tomar sobre la empresa
un oficial nombrado por una agencia de gobierno para dirigir una investigación u oído administrativo de modo que la agencia puede ejercitar sus poderes estatutarios
un oficiales nombrados para contar los votos (especialmente en asamblea legislativa)
una vías abierta de tierra en un bosque que es strewn con debris de logging (o fuego o viento)
un abiertos dos-wheeled un-carro caballar anteriormente ampliamente utilizado en Irlanda
un instrumento óptico para análisis espectrográfico
un instrumento óptico que proporciona una vista de un otherwise campo obstruido
un bloqueador de beta oral (nombre de comercio Sectral) utilizó en tratar hipertensión
un naranja-la sal roja utilizada en hacer tintes y en fotografía
un adorno que consta de un grotesquely carved cifra de una persona o animal
un adorno que interlaces follaje simulado en un diseño intrincado
una planta ornamental del genus Abutilon habiendo hojas que se parece a el arce deja
el dedo versátil de un búho puede mover backward y adelante
un dueño de hacienda quién recibe pago para su uso por otra persona
una herida fea
una organización de paraguas
un unacknowledged emergencia
un compromiso incondicional que algo pasará o que algo es cierto
una perforadora inesperada
un unimpeded la porra de prados y cerros proporcionó un pacífico poniendo
un desconocido y unexplored región
un fenómeno desconocido e imprevisible que causas un caso para resultar una manera más que otro
un candidato improbable para reelección
un unpaid factura
un unpalatable comida
un unskilled pintando
un inusual garment medida (especialmente uno aquello es muy grande)
un embarazo indeseado
un casco urbano en un país quehablaespañol
la bacteria anaeróbica que produce botulin la toxina que causas botulism
religión persa antigua
angling por dibujar un baited línea a través del agua
de centro de California del sur con intricately branched raíces y lax cymes de timbre azul profundo aromático-shaped anuario
anuario a hierbas leñosas perennes de América del Norte templada, Europa y Asia: rockcress
antbirds superficially pareciéndose a shrikes
cualquier cambio en la estructura normal o número de cromosomas
cualquier familia en el phylum Chordata
cualquier miembro de varios pueblos habiendo una cota mediana de menos de cinco pies
cualquiera de un grupo de virus de herpes que amplía epithelial celdas y puede causar el nacimiento deserta
muy de un grupo de picornaviruses aquello es responsable para muchos infecciones respiratorias superiores
muy de numerosos cosmopolitan anuario o hierbas perennes del genus Physalis aguantando las bayas carnosas comestibles encerradas en un bladderlike husk
muy de hierbas o arbustos numerosos o parras del genus Solanum
cualquiera de varios árboles australianos del genus Casuarina
muy de varias dinastías imperiales de China que gobierna de 220 a 265 y de 386 a 556
muy de varias parras perennes del genus Lathyrus
muy de varios rock-amoroso cresses del genus Arabis
cualquiera de varios tóxico o carcinogenic hidrocarburos que ocurre tan impurezas en herbicidas
cualquiera del bivalent metales de grupo II de la mesa periódica (calcio o estroncio o bario o magnesio o berilio)
cualquiera de las cuatro áreas a qué un plano está dividida por dos coordenada ortogonal hachas
muy de tres razas de perros cuyas orejas y la cola son normalmente cropped
muy de tres colores primarios de ligeros de qué todos colores pueden ser obtenidos por aditivos mezclando
cualquiera de dos familias de arácnidos parásitos pequeños con barbed probóscide
muy de varios principalmente hierbas queflorecencaída del genus Aster con vistosos daisylike flores
cualquiera de varios fungi del familiar Lycoperdaceae cuya ronda fruiting el ente descarga una nube de las esporas cuándo maduras
cualquiera de varios fungi de la familia Nidulariaceae habiendo una copa-shaped el ente que contiene varios huevo-shaped la estructura que encierra las esporas
cualquiera de varias hierbas que es alto y que flourish con abundante moisture
cualquiera de varios harmless culebras norteamericanas que era anteriormente creído para tomar cola en boca y corro a lo largo de como un hoop
cualquiera de varios mucho-branched amarillo-floreció arbustos del genus Chrysothamnus
muy de varias plantas del genus Allium con los bulbos comestibles fundan crecer salvajes
muy de varias algas rojas habiendo graceful ascendió a morado fronds (p. ej. dulse o carrageen)
muy de varias plantas pequeñas del genus Lathyrus
cualquiera de varias hierbas perennes altas del genus Calamagrostis habiendo feathery penachos
cualquier persona en los servicios armados quién aguanta una puesto de potestad o mandar
cualquier pieza de cordón que transmite líquido por capillary acción
cualquier hacienda utilizó para caracterizar asunto y energía y sus interacciones
cualquier mar al del sur del ecuador (pero especialmente el Del sur Pacific)
cualquier arbusto o árbol pequeño del genus Tamarix habiendo pequeño scalelike o aguja-shaped hojas y feathery racemes de blanco pequeño o pinkish florece
cualquier obstrucción attributable a actividad inusual
cualquier sustancia que propels
cualquier cosa aquello pertenece a un conjunto o clase
apelan a alguien para ayuda
pareciendo más temprano en el mismo texto
aplica en una manera compatible con su propósito o el diseño
helecho acuático de América tropical a menudo utilizada en los acuarios
es a menudo rechazado como misshapen formas de otro fungi
de mayoría donde los musulmanes son en la minoría y es persecuted
de armadura de la rodilla que protege el plato
aromáticas anis-scented las semillas
anuario aromático con unas raíces altas de las flores blanquecinas pequeñas encerradas en un mucho ampliados saucer-shaped o timbre-shaped cáliz
arreglan por la planificación sistemática y el esfuerzo unido
arreglan en las fases o las fases
arrowworms: un grupo de pequeño arsénico de gusanos
como asunto de doctrina
como regla
como si con guantes de niño
como de iris
reproducción asexual en qué un crecimiento local en la superficie o en el ente del padre acaece una ceniza individual
pedir (una persona) para hacer algo
pide la identificación
de grupo en la forma de dinero efectivo (o fácilmente convertible a dinero efectivo)
órdenes militares en tiempo de asistencia
asociaron con deficiencia de calcio (hypoparathyroidism) o vitamina D deficiencia o alkalosis
asociado con tipos seguros de la epilepsia
asumen u obrar el carácter de
asegurar alguien de la verdad de algo con la intención de dar la confianza de oyente
en un earlyish hora
intentando para ganar favor de personas influyentes por flattery
potestad de hacienda del donante es direccional en vez de poder
autosomal recessive enfermedad en qué la degeneración de celdas de nervio espinal y celdas de nervio del cerebro dirige a atrofia de músculos esqueléticos y otoño de
evitando o huyendo de dificultad o peligro especialmente fuego de enemigo
despiertan a los peligros de su situación
de penicilina que aborto de causa en bacterias
bailarines de ballet pueden rotate sus patas fuera por 90 ballet
barbiturate aquello es un blanco odorless ligeramente polvo amargo (nombre de comercio Seconal) utilizó como sal de sodio para sedación y para tratar convulsiones
básicos y cambios
ser más valientes que
ser capaz de consciente pensó
ser diferente de uno otro
ser comprometido en construir
ser en chocar
ser propenso o responsable
ser oppressive o disheartening para
ser subject a fluctuación
ser seguro de él; me doy la prueba ocular
ser el ganador en un concurso o competición
orquídeas bellas con hojas verdes oscuras y normalmente las flores encapuchadas
acaece absolutas en alguna cita más tardía
acaeciendo consciente de algo vía los sentidos
de colmena habiendo un masivamente swollen remolacha de
befitting una mujer de crianza buena
antes de que tuvimos diarios, una ciudad crier lloraría el noticioso
empezar para tratar
de padre digno de reprobation
detrás o en el traseros
detrás de las escenas
sabido fácilmente entusiasmó
línea del gol en progresar ahora
ser uno más de siete
ser uno más de diez
de afección o afectando sólo un ser
ser percibido u observó
que es sin duda o ser
creído para tener las ramas en varios países
que pertenece a la clase de los sustantivos que denotan nonliving las cosas
pertenece al Baltic Finnic la familia de lenguas
entre Scorpius y Capricornus
de hoja de abedul de peineta
de carices y oro grunt encontrado de Bermudas a Caribe a Brasil
negros calfskin piel tanned con sales de cromo
negro de chaquetas
blackish racer de los Estados Unidos orientales aquello crece a seis pies
blameworthy si no espacio de
fluidos vital lleva oxígeno y nutrientes a los tejidos y lleva fuera celdas de
tierra soplada mounded en la ventana sill
bomba de una bomba de
de hueso del codo asociada con lacerated tejido blando o un hueso de
aumentar el voltaje en un circuito eléctrico
cabras de la montaña llevada tan parte del vestido de tarde formal de un hombre
brevemente dando el gist de algo
traer a una afección mejorada
traen vergüenza o deshonor a
traen arriba de la infancia
bushy anuario weed de América del Norte central habiendo flores verdosas y winged semillas
empresariales es booming
mantequilla blended con mantequilla de
por un grupo de personas más que una personaje
por ley está considerado demasiado alcohólico de ser vendido como lager o cerveza
por el fin de los teólogos de siglo X decidió que el debate en tales asuntos sería teología cerrada y musulmana y la ley estuvo congelada
camellos y llamas y vicunas
pueden ser un signo de metabolismo de hierro perturbado
puede dirigir a daño de cerebro y la muerte
capaces de ser fácilmente comprimidos
capaz de ser percibido
capaz de herir
de Oklahoma y ciudad más grande de Queensland capital
de Nevada del estado de capital
de carbono de la sangre utilizado para martillo de rock y dowels
atención prudente para ordenar y aspecto (como en el militar)
de muro los pisos de la casa
lleva fuera o actuar
carve un patrón a
lanzada una ola encima alguien o algo
cogen vista de
coge con un gancho
los gatos eran su ganado de
cogió también en Florida y California
inclinada para ser causa nerviosa o
causa para acaecer muy swollen
de fregadero a emit vídeo o audio grabados
acotada para mover o pase silenciosamente, smoothly, o imperceptiblemente
de gravedad para sublevarse
causa para separar
envenenamiento alimentario wilt las enfermedades
causó por los anticuerpos dirigieron contra los cruces neuromusculares
causando la rabia o la molestia
que causan molestia o repugnance
causando o capaz de causar la muerte
celebradas en un poema inglés viejo
la celda o el órgano en qué gametos desarrollan
América del Norte central y oriental
certificado tan desajustado para servicio de ejército
de nieve arriba de los prisioneros
vida del país de característica de
de poesía de o capaz de o teniendo una tendencia hacia matar otra característica
de Infierno de o pareciéndose a un Mongol
importancia propia de quienes no son miembros de la característica
caracterizado por un buoyant el ritmo
caracterizaron por las columnas
caracterizada por directness en la manera o el habla
caracterizada por la malicia
caracterizada por o causando disipación de la energía
caracterizado por propagación rápida de herramientas de hierro y las armas
ropa marrón en el adelantó clases en la escuela elemental leída lejos encima nota niños
chloral hidrato en combinación con alcohol
de bote ladrido marrón en platos y agujas cortas en ramos de 5
de crema blanco licor con mantequilla de cacao y cantidades pequeñas de azúcar y chocolate
choke un carburetor
chowder chockablock con piezas de peces
la salud enferma crónica
la iglesia fundada por Joseph Herrero en 1830 con sedes en Salt Lake City, Utah
evidencia definida de tampering
aclarando de guilt o culpa
cierra violeta gills
clothe, como si para protección de los elementos
de relajación que es una ropa de
de goma o material con una capa de
recoger o reunir a los shocks
de lana con un heckle
que vienen luego después del decimotercero en coloca
venir luego después del trigésimo en coloca
comandante-en-jefe del Ejército Continental durante la Revolución americana (1732-1799)
comete fraude y robar de uno es empresario
común en fresco y el agua salada que parece a lo largo de la orilla como algal florece
comunican con y dentro de un grupo
compactaron por planchar
completo en todos los respetos
componer una secuencia de pasos de baile, a menudo a la música
compulsively atrayendo atención a tú especialmente por exposición pública o comportamiento exagerado
cóncavos encima un lado y convexo en el otro con la concavidad que es más sumo que la convexidad
encubriendo algo bajo la tierra
de alcohol con la distinción entre bueno y mal o preocupación derecha e
condicionante para evitar un aversive el estímulo
conectado con un hospital pero no viviendo allí
consagra de nuevo, como después de un desecration
consideró en algunas iglesias para ser sucesores de los doce Apóstoles de Cristo
contiene un grupo de alcohol (-OH) y un grupo de aldehído (-CHO)
continuando para siempre sin acaba
de brujería que consta de un aparato mecánico para controlar el flujo de un control
convalescent los niños son difíciles de mantener en empotrar
convertido a Islam en el siglo VIII
líquido en casi hirviendo cocinero
de horno microondas al aire libre en un cocinero de
de parrilla despacio y para un tiempo largo en cocinero
líquido algo por dejar pase de vapor encima
cocinado hasta listo de servir
de galleta de las cebollas hecha de granola
semilla del anís-sized el caramelo hecho de mantequilla y azúcar marrones y pecans
cosmopolitan exceptúa regiones muy frías
cosmopolitan familia de hierbas y arbustos
de alfombra con un coif
portada con shellac
portada con portada
cubierto con denso cottony cabellos o hairlike los filamentos
de mueble (normalmente cuerda o tela) de una línea o spar para proteger él de la fricción
el apósito cremoso que contiene el queso azul crumble
creado por el Ottoman Turks en el siglo XIII y durado hasta el fin de Primera Guerra mundial
que se arrastra la hierba perenne distinguida por bayas rojas y clustered hoja whorls en las puntas de los brotes
que se arrastra protozoans: amebas y foraminifers
carmesí con la furia
la crítica templada con amablemente crítica
o multitud juntas completamente
torcida mis dientes
de esbozo de ácido cítrico utilizaron tan condimentando
cultivado como un ornamental para su rosa-colored blossoms
cultivó flor o self-sown grainfield weed
cultivaron ampliamente en trópicos para su rizoma comestible y dispara
torce arriba en el medio
cortado por la mitad o cortado en dos
cortado de carne de un lomo de la ternera
cyclotron en qué el campo eléctrico está mantenido en una frecuencia constante
oscuros rojizos-uva de mesa morada de California
dateline unas citas
daub pintura a la muro
que tratan la literatura
que engaña su preoccupied y doting marido con un capitán joven
la decisión que hace por un grupo (especialmente en una manera que desalenta creatividad o responsabilidad individual)
declinó incluso para considerar la idea
defang la derrota de
derrota por un lurch
articulación defectuosa del `l' fonema o el fonema `r' está pronunciado como `l'
deficiente en la originalidad o la creatividad
definir derechos y deberes como opposed a dar las reglas por qué derechos y los deberes están establecidos
que denota una empresa o empresa de ley poseída y corrido por miembros de la élite de AVISPA quiénes son generalmente conservadores
densamente branching arbusto o árbol pequeño habiendo las bayas azules penetrantes utilizaron para sazonar la ginebra
según juicio
priva completamente de dinero en un juego de juego, robo, etc.
privaron de la fuerza legal
derivada de organismos del selfsame la personaje
dermatitis de los muslos y nalgas de niños
diseñada o tendiendo para desacreditar, especialmente sin sugerencias positivas o útiles
destruye completamente, como si abajo a las raíces
destruir la integridad de
desarrolla en el óvulo a un gametofito hembra
devoid de talento
de triunfos , zafiros, rubíes, y las esmeraldas son diafragma de
difícil de quemar
difícil de tratar
difícil de complacer
diminutive orquídea australiana con suelto racemes de flores blancas fragantes con morados y naranjas markings en el labio
directo dejando da el prestamista discreción más suma en hacer los préstamos
de mayoría entre aquellos esperado para cooperar
disconnected fragmentos de un disgusto
distinguidas por las hojas arreglaron en una roseta densa que desarrolla a una bola compacta
zambullimiento de modo que uno pega el agua con una es zambullimiento
dividida a dos lóbulos
algo en turnos
de inocular en antiseptic doctrina de
dominance a través de amenaza de castigo y violencia
No dispara hasta que vienen cercanos
melocotón pequeñas de casos estuvieron puestas en el quemador posterior
secados por traer un sprayed sustancia (p. ej. leche o jabón) a contacto con aire caliente y recuperando él en la forma de un polvo
secó estigmas penetrantes del azafrán Mundial Viejo crocus
secados-fuera de las juntas que empiezan para partir
paseo una bola
áreas secas América del Norte occidental
seco por colgar mojado
durante la España de guerra acaecía un battleground para fascistas y socialistas de todos los países
que come ravenously o voraciously a satiation
comestible y elección
comestible en algunos guisantes de jardín
eellike cyclostome habiendo una lengua con horny dientes en una boca de ronda rodeada por ocho tentáculos
eyectar de las premisas
los padres ancianos a menudo dependen en sus niños de adulto
las señales eléctricas produjeron por fuentes indeseadas (atmospherics o ruido de auricular o transmisores indeseados)
transmisión electrónica de información aquello ha sido codificado digitalmente (en cuanto a almacenamiento y procesando por ordenadores)
elicit respuestas, como objeciones, crítica, aplauso, etc.
de matrimonio de un candidato para la oficina
emptied de emoción
encuentran por casualidad
inducción electromagnética quién era un hermano de Ernst Werner von Siemens y quién movieron a Inglaterra (1823-1883)
bastante de vegetarianism; dejado es tener una comida carnosa
introduce y atracar una habitación
titula el dueño a una acción de los beneficios de la empresa y una acción del poder de votar en entrada de
la epilepsia caracterizada por clonus de grupos de músculo y deterioro mental progresivo y epilepsia de
igual a la absorción de un joule de energía de radiación por un kilogramo de importar
equipamiento de función concreto que resulta cuándo el suministro de poder falla
de robóticas utilizó para conseguir operación o control automáticos
levanta o extendiendo hierba habiendo racemes de las flores blancas cremosas
especialmente indicando una forma de procesamiento en qué proceedings es secreto y el acusado está cuestionado por un prosecutor quién obra también como el juez
especialmente de calor psicológico
especialmente de escribir o habla
especialmente alguien quién sube montañas
especialmente tendiendo para fluir
esencial para sangre clotting
perennifolia el arbusto americano Del sur naturalizado en Estados Unidos
cada artista necesita una audiencia
de vez en cuando visita su padre
todo el mundo espera para un mejor mañana
de sistema para el procesamiento en criminal proceedings
examina los escaparates
examinó él con el cuidado microscópico
extremadamente o increíblemente sumo
de cambio de la categoría temporalmente para cumplir funciones y trabajos seguros
excreta o la descarga del ente
ejecutar un corro, en tumbling
que exhibe político correctness
explicar con remisión a la carácter
expresar en el habla
expresado como el porcentaje
que expresan dolor o insatisfacción del resentimiento
extinto dodos y solitaires
extremadamente filthy de negligencia larga
de Tierra de una exudación de
cara y withstand con cara
falla financieramente y cercano
falla para hacer algo
faint corazón ne'er señora justa ganada
delantero de caída y abajo
de arbustos de más o menos adelantado dicotyledonous árboles y arbustos y familia
cifras fantásticas con jefas bulbosas la circunferencia de un bushel
acondicionador buena quiénes crian o cria labradores
vehículo militar blindado rápido con paseodecuatro ruedas y abierto superior
quecrecerápidamente roundheaded árbol con el blanco fragante a rosa profunda florece
fasten con una hebilla o hebillas
fastened por ligar en
fastener aquello proporciona una clausura estanca y perfecta
mejor de Aether y padre
de mayors del desconocido o unfamiliar o miedo de hacer las decisiones
de confederaciones pagó a una menta por el gobierno para minting un coste
de seno que consta de entregando nutrientes líquidos a través de un paso de tubo a través de la nariz y a la alimentación
sentir como si crawling con los insectos
sienten calientes o dolorosas
de agradecimiento o asomando poco interés o sensación
cayó aplomar en medio del charco
sentía elated y entusiasmó
fertilización de un ovum por un spermatozoon
menos pájaros vinieron este año
de animales de una planta india Del este Hibiscus cannabinus
que luchan con los puños
disparan entregados para obtener dato cuidadoso para el compromiso eficaz subsiguiente de objetivos
primer concepto moderno de estructura atómica
cabiendo constando de piezas roscadas de pipa para unir las pipas juntas
fijado y absoluto y sin la contingencia
flagellates parásitos en alimentarios o genitourinary vías de los vertebrados y los invertebrados que incluyen humanos
superficie plana que rotates y empujones en contra aire o piso
flattened y apareció al final
los discos flexibles están notados para su velocidad relativamente lenta y capacidad pequeña y precio bajo
flores y semillas y deja todo utilizó tan flavorings
afluye a la bahía Móvil
vuela una cometa
de bucle o ser suspendido encima
para un muy mucho tiempo o según parece tiempo inacabable
para actores, memorizando las líneas es ningún juego
para el tiempo entero apropiado a una actividad
formar la
de prefijo de una palabra mediante una formación
formado por un rift en la costra de la tierra
anteriormente una escuela de reforma británica para juventudes consideró demasiado joven de enviar a prisión
la ley del culombio formulado (1736-1806)
ensucia (o sucio) copia
encontrados en hardwood este de cuchillada de las Llanuras Sumas
gratis de agitación emocional o la tensión nerviosa
libre de flexure
libre de fumar
libres alguien (de una creencia errónea)
que liberan del error o la corrupción
libremente en un nonliteral manera
frecuentemente consideró un weed
frecuentemente utilizados para tierra emotiva en construcción y obra de parque
frequents corrientes quefluyenrápidas y alimenta a lo largo del inferior
mamífero carnívoro de agua dulce habiendo webbed y clawed pies y agua dulce de piel
de coco tiene fruta de
plenamente detallado y concreto sobre particulars
fungal infección de la piel (especialmente de moist las partes cubrieron por ropa)
de cebollas que causa una enfermedad seria en plantas de tabaco caracterizó por azulado-moho gris en undersides de hongo
amueblaron con de sobra
de jardín alto con featherlike espigas de flores rojas o amarillas
dio arriba de la casa grande para razones económicas
exploración genética de niños para phenylketonuria
genéticamente transmitieron características
suavemente pattering lluvia
genus de plantas de fósil habiendo las hojas similares a aquellos del avellano de bruja
genus de hierbas y arbustos de Australia y Sudáfrica: everlasting flor
genus de hierbas normalmente creciendo en pantanos de sal: agua pimpernels
genus de pinnate-leaved arbustos y árboles pequeños de tropicales y subtropical América Del norte y Del sur e india y África Del oeste
dar dinero, normalmente en el cambio para bienes o servicios
dadas a thievery
que da su palabra de honor parecía para venir demasiado fácilmente
delgado grande habiendo un relativamente abajo suavizando vaso
vaso que diffuses luz debido a una superficie áspera producida por abrasión o vaso
de trueno de tormentas y dios
de artes de criminal rashness y su diosa
la gubia fuera de sus ojos
moción interna gradual o deformación de un ente sólido (como por calor)
gradualmente decrecimiento en tempo y ampliando en manera
concede una franquicia para
grasslike rhizomatous hierbas
hojas apuntadas propio para comer crudo como en las ensaladas
de tierra del panecillo y chiles o polvo de ají a menudo con tomates y grano de riñón
tierra de pastel de óleo apelmazadamente cubierto con bristly vainas
crecidos como un ornamentales y como vegetal en el indio subcontinent
crecidas para sombra y adorno así como valiosos timber
habitual recaída a delito
tuvieron la jefa de un dragón y la cola de una culebra y un ente con las alas y dos patas
haddock normalmente cocido pero a veces broiled con mucha mantequilla
anuario peludo de California a México con llenó cymes de pequeño azul a lila o mauve las flores
tiene una casualidad buena de ser el caso o de venidero aproximadamente
aversión de sombreros
tiene o asomar un aspecto de
habiendo una carúncula
habiendo una forma circular
habiendo un día o el mes insertaron para hacer el año de calendario corresponde al año solar:
habiendo un cariz helado de un powdery recubrimiento, como en plantas
habiendo una jefa de un especificado amable o cualquier cosa aquello sirve como encabeza
habiendo un camino para tráfico en cada dirección
habiendo un flaco y bony physique
habiendo un color metálico
habiendo una panícula
teniendo una identidad sexual ambigua
habiendo una importación no aparente a los sentidos ni obvios a la inteligencia
habiendo acaecido separa
teniendo pies planos anchos que normalmente turno outward
habiendo cesado para existir o vive
habiendo seguidor-shaped hojas
habiendo pocas partes
habiendo tenido los huesos sacaron
habiendo capacidad física o mental inherente o capacidad
habiendo pérdida irreversible de función de cerebro como indicado por un piso persistente electroencephalogram
habiendo poco o ninguna integridad
que tiene o fostering un tibio o atmósfera amistosa e informal
teniendo gustos y talante similares
habiendo ojos doloridos
teniendo algo o parches de color
habiendo la medida aproximada de un hurón
habiendo la medida aproximada de un ser humano
habiendo la medida aproximada de una ardilla
habiendo el brillantes naranjas-color rojo de llamas
habiendo el color de un canary
habiendo la forma de una esfera o bola
habiendo tres lóbulos
teniendo bien-proportioned limbs
aplicó al estado para apoya
rompió fuera uno de las ramas
llamó en casa semiweekly
podría oír el unearthly grito de algún curlew agujereando el alboroto
no apoya sus niños naturales
expresó suyo disentir en una opinión contraria
afrontó una miríada de detalles
sintió deprimido y desgraciado
sentía el movimiento de sangre stickily de su cabellera de ruptura y trickle abajo su frente
acabó con tres huelgas en el décimo marco
funciona efficiently
él gallantly ofrecido para tomar su casa
dio la puerta un empujón duro
tuvo un dolor en su lado
tuvo un sparkle en su ojo
había derramado catsup en su shirtfront
tiene una nariz para tratos buenos
mucho tiempo ha dado desde entonces arriba escalada de montaña
oyó el viaje de los pies de las mujeres elevados
me aguanté arriba en el punto de una pistola
es un hombre de carácter
es justifiably amargo
es principalmente interesado en mariposas
está tocando tercio
rió horrifyingly
dirigió la reina de corazones
hizo todo el obligatory disculpas
perdió la prueba y tuvo que tomar un maquillaje
tocó Bach en el órgano
pulsó su demanda con considerable instancy
estiró el drawstring y cerró el bolso
recordó cómo utilizó para elegir flores
sirvió en el teatro de Vietnam para tres años
él sliced su paseo fuera de bounds
chasqueó indignantly
tomó un borrador de dormir
tomó su placer de su
quiso poner algún caramelo de ojo en su sitio de web
era un hombre de deliberación judicial
era enormemente popular
era famoso para la verdad de sus retratos
era prácticamente el huésped único en la fiesta
estuvo puesto fuera en tercera base en un mucho tiempo echar de campo izquierdo
era recognizably más esbelto ahora
era romancing el bolso viejo para su dinero
era tristemente desatendió
se amedrentó shitless
no violará sus principios
llevó un tirante en su rodilla
es un cuatro -striper
es muy grande en círculos financieros
headlight aquello proporciona viga fuerte para uso en foggy sede
fuerza natural mediante calor
de metal pesada estatal los jugadores utilizan vacuum amplificadores de tubo para producir distorsión extrema
aguantados rápidos a la cuerda
helpless y desesperado--como si al final de su tether
su amatory asuntos
su madre para una estuvo preocupada
su crianza severa había dejado le inhibió
sus palabras quesignificanbien estuvo recibido en silencio
heraldry constando de un diseño o la imagen descrita en una hierba
escondido en cualesquier tierras para cualquier escondrijo
altamente la nitrocelulosa inflamable utilizada en hacer collodion y plásticos y lacas
su atención hizo su sentir todo perked arriba de
su pata era en tracción para varios días
su racionalidad puede haber sido impaired
su refutación de los cargos era corta y persuasive
su gusto era impeccable, su salud admirable
su templar era bien sabido a todos sus empleados
pegada o lograr el golpe
pegado la bola a campo de centro profundo
control en un estanco coge
horrendous las explosiones sacudieron la ciudad
chocolate o queso calientes fundieron a la consistencia de una salsa a qué pan o las frutas están metidos
Cómo puede un refined chica ser dibujado a tal un unrefined hombre?
cómo salió es un misterio
el comportamiento humano depende encima muchos imponderables
de tapiz para hambre
identificado con Diana Romana
apelaciones apasionadas a los prejuicios y emociones del populace
elemento importante de plancton marino: krill
imposible de entender
impregnar con el virus o germen de una enfermedad para render inmune
en una manera cóncava
en un coy manera
en un flirtatious manera
en una manera de parar
en una manera rebelde anárquica
en un mangy manera
en una manera marcada por energía extrema o violenta
en un moody manera
en un noncompetitive manera
en un noxiously baneful manera
en un perky manera
en un philosophic manera
en una manera preferente
en un self-manera indulgente
en una manera sinusoidal
en una manera sustancial fuerte
en una parte subsiguiente de este documento o declaración o asunto etc.
en una manera tibia
de acuerdo con
en adjuratory plazos
en un airtight manera
en una manera análoga
en un entreteniendo y divirtiendo manera
en un ineffectual manera
en un unconventional manera
en un unreasonably senseless manera
en antigüedad era famoso para poesía lírica
en humanos una especie puede causar inflamación de la córnea que dirige a ceguera
en algunas clasificaciones incluidos en familiares Moraceae
en algunas clasificaciones incluidos en genus Photinia
en algunas clasificaciones incluye genus Heteromeles
a pesar de su debilidad el grupo queda activo
en la oscuridad tuvo que depender encima tacto y en sus sentidos de olor y oyendo
en segundo lugar
en este tiempo
En cualquier manera o manera
de obra que resulta de un saldo estático entre opposing inactividad
incapaz de ser grafted
la actividad incidental actuada por un actor para efecto dramático
inclinó a o marcado por tedioso moralization
incluye Bali y Timor
incluye la especie altamente destructiva a las estructuras y los árboles vivientes
incorporando algo bajo una categoría más general
que indica exactness o preciseness
induce o persuadir
inferior en la fila o el estado
informal irregular para canadienses en general y canadienses franceses en particular
plazos informales para un (jóvenes) mujer
tiempo de sobra en algún unspecified información
que inhibe o bloqueando la acción de acetilcolina en un sitio de receptor
inyecta (drogas) a la piel
ley concreto era anteriormente obtenido por writ pero ahora por un orden judicial
inlay con líneas o tira estrechas de una sustancia diferente como oro o plata, para el propósito de decorar
innermost o esencial
inscribe o alocución por manera de compliment
pájaro insectívoro de Australia y southeastern Asia habiendo una rana ancha-gustar boca
piezas inseparables de mecer
el instituto legal proceedings en contra
instructive (especialmente excesivamente)
ventajas intangibles como hacienda intangible
de interior de las señales de la interjección
inventando o ideando una idea o explicación y formulándolo mentalmente
invigorate o aumentar
implicar más de dos fiestas
iris con las flores moradas y barra de
irregularidad de ritmo cardíaco
riego por gravitación más que por riego
Es allí cualquier poste para mí?
lo puede actuar millones de operaciones por segundo
contiene aproximadamente un tercer del requisito diario mínimo
es un delito para cometer suicidio
es hora de va
era todo un snare y delusion
lo era sólo fingirlo
será variably cloudy
de antena direccional una banda estrecha de mermelada
unir piezas de madera con cogs
unida por el tratado o el acuerdo
junta constar de una línea formada por unir dos junta
saltar a un salto
vapor justo los vegetales
juveniles offenses a menudo reflejar un inadequacy en los padres
mantienen ocupados con
mantiene las patatas frescas
mantenida de su housework por gabby los vecinos
mata un número grande de las personas indiscriminadamente
mata con un tomahawk
mata, coto, y harden (tejido) para preparar para el estudio microscópico
kindheartedness a través de madurez o vejez
rey de Escocia (muerto en 1057)
rey de Suecia quién mantuvo Suecia neutra durante ambas Primera Guerra mundial e iI (1858-1950)
rey de antiguo Crete
criatura nueva que consta de un conjunto de vendas y medicinas para dar primera caja
que amasa y frotando partes del ente para aumentar circulación y promover rodillas
de perjurio aproximadamente conocimiento
sabido para seguro
carencia de un mineral micronutrient aquello es esencial para metabolismo o nutrición normales
frescura falta, palatability, o asomando deterioro de envejece
espontaneidad u originalidad faltas
vivacidad o importancia faltas o alcohol o zest
que carece de el poder o la resolución
aterriza en o lograr una tierra
indígena de árbol caducifolio grande a Panamá y de qué el país toma su nombre
familia grande de hierbas o subshrubs (normalmente con raíces swollen en los nodos)
grande flaring conformación de hueso un medio de la pelvis
grande genus de perenne y plantas bulbosas penetrantes bienales: el ajo
grandes genus de plantas perennes que desarrolla de los bulbos o los rizomas
roedor semiacuático grande con webbed hind pies y una cola plana ancha
lash el caballar
último más largo que otros
de manera tranquilamente o con risa
lanzador en un viaje virginal
de monopolios que declara que la entropía de un cero de aproximaciones de la sustancia como su temperatura se acerca ley de
leyes en la existencia para leyes
ponen fuera de ordenados o lógicamente en una línea o como si en una línea
la ventaja es unas músicas de
de coro de un dirigente de
de gradiente que activa el mecanismo de disparar de una palanca
rock en cueros arriba de
procesos físicos ha perdido su vida
ligate la luz
de iluminación durante el daytime
Como una pancarta
de empresa destilado de melaza fermentada
vive en el arbusto como fugitivo o como guerilla
habitaciones humanas en cavidad de manto de unas vidas de
que vive los barrios proporcionados para la comodidad pública
localizaron alrededor del corazón o narrando a o afectando el pericardio
localizado en un dismal o el área remota
localizó en Dakota del Sur central en el río de Misuri
localizó en northwestern Corea del Sur
mucho tiempo cultivado en Orientar para servicio
miraban con un jaundiced ojo en el crecimiento de regimentation
pierde claridad o turno aparte especialmente del tema principal de atención o curso de riña en escribir, pensamiento, o hablando
fuerte y firme
arbusto americano tropical bajo habiendo poderoso emetic haciendas
seguroabajocostado que es válido sólo para un periodo declarado de tiempo y tiene ningún valor de rendición del dinero efectivo o valor de préstamo
bajan alguien es alcoholes
máquina en qué rotating los récords causan un stylus para vibrar y las vibraciones están amplificadas acústicamente o electrónicamente
hechos una salida apresurada
hecha del cuerno vacío de un animal
hicieron sprightly o alegres
hizo duro por habitual la exposición
creciente (un material) sensible de encender, a menudo de un color particular, por recubrimiento él con una marca de
legítima (un organismo o sustancia) sensible a la influencia de energía radiante y especialmente marca
hacer un puente a través de
hace un alto-pitched, screeching el ruido
hace una remisión más o menos disfrazada para
hace una señal a para transmitir un mensaje
hacer una algo o marca a
hace un sonido de chupar
hace una visita de un sitio seguro
hacer un contrato oral o acuerdo en la forma verbal de cuestión y contestar aquello es necesario de darlo la fuerza legal
de rueda un la cama o la ropa mojan por orinar
marca o emit una marca de
de hacha o tomar una prueba de, como un fotográfico negativo, un aguafuerte, o typeset
hace algo marca
hace la última fila de stitches cuándo tejiendo
que hacen decisiones en la base de qué parece más en vez de siguiente alguna doctrina sola o la moda
hacer el beneficio como sumo como posible
animales domésticos machos como stallions sirve seleccionó mujeres
mamífero de Sudáfrica aquello se pareció a unos mamíferos
gestión a través de especificó canales de gerente
muchos Hungarians rechazado para mediar en el Stalinization de su país
muchas ciudades asoman un patrón radial de carreteras principales
mucha subespecie o variedades
de anélido marinos alimentarios
el pez alimentario marino encontrado entre rocas a lo largo de las costas del norte de Europa y América
de líneas con marca de
marcado por orden y cleanliness en el aspecto o los hábitos
materiales aquello ha sido homogeneizado (especialmente tejido aquello ha sido tierra y mixto)
matte aquello tiene 74 por ciento el
madura fruiting ente de un ascomycetous el hongo
puede ser simmered o sauteed pero utilizó especialmente en las sopas y los estofados
entretanto los socialistas están corriendo el gobierno
mediaron por gravitons
capa marrón-sized árbol caducifolio de los Estados Unidos orientales que cosechas un medio de madera
Menor-sized alerce de Canadá y Estados Unidos del norte que incluyen Alaska habiendo un ancho conic corona y enmohecer-medio de ladrido
edificio conmemorativo en Washington que contiene una estatua de mármol grande de monumento de
deterioro mental de origen orgánico o funcional
menciona e identificar por el nombre
mergansers y estrechamente narró bucear los pájaros
mesquite la vaina utilizada en tanning y tiñiendo
la seguridad militar ha sido dada un paso arriba desde la revuelta reciente
el uniforme militar llevado por personal militar cuándo haciendo menial trabajo
de mar una cosa para otro
naranja simulada: tipo y único genus de la subfamilia Philadelphaceae
de expectativas en o abstinencia de alcohol u otras drogas
unidad monetaria en Islandia
unidad monetaria en Jordania
unidad monetaria en Polonia
unidad monetaria en Sierra Leona
monotypic familia de plantas acuáticas habiendo hojas estrechas y flores pequeñas
árbol del botón empollado por un reptil del huevo de un gallo
contaminación o corrupción morales
más comunes en hombres más viejos
más distante en especialmente espacial o cronometrar
más combustible está necesitado durante los meses de invierno
de sobra en medida o alcance o capacidad
de mortero inmortal pretendió destruir o neutralizar mortero de
la mayoría de automóviles están conducidos por motores de gasolina
más comunes en personas encima 60 años de envejecer
más común en postmenopausal mujeres
la mayoría de coníferas: en algunos sistemas clasificados como clase (Pinopsida) y en otros como subdivisión (Pinophytina)
la mayoría de anuncio importante mullet en Estados Unidos orientales
computación útil abajo encima como si en un movimiento
de ángulo o progreso libremente como si en un movimiento
de muelle fuera de un espacial atrás
de moción a través de un espacio, circuito o sistema, regresando al movimiento
de vida de un dedo de la punta a la base del pulgar en el mismo movimiento
mucho estudiadas por plantar geneticists
asesinato en un asesinato de
mi jefa de doler
mi retrieval de los nombres de las personas es muy pobres
clavan la junta a la muro
angosta las actitudes provinciales
altavoces nativos de indígena
nativa la planta americana tropical ahora cultivada en los Estados Unidos lucrativos algodóndegrapa corta
canal natural o artificial a través de qué agua fluye
naturales uncapped los dientes
cercano el borde chino en Tayikistán nororiental (24,590 pies alto)
casi leafless wildflower con levantar rojizo-las raíces moradas que aguantan racemes de pálidos pinkish y parduscos-tachó las flores
needlepoint punto de sutura de bordado que productos zigzag agujas
tampoco sintiendo ni asomando el respeto
tampoco nacional ni continental pero planetario
agente bloqueador neuromuscular (nombre de comercio Flaxedil) utilizó como músculo relaxant en la administración de anestesia
ya no conectado o unió
nonruminant ungulates: barbaridad
normal reflex constando de retching
no capaz de ser destruido o arraigado fuera
no dejando aire o gasista de pasar en o fuera
no capaz de ser utilizó
no claramente definido o fácil de percibir o entiende
no limitado o limitó
no correspondiendo en estructura u origen evolutivo
no engañoso o hypocritical
no habiendo un punto especialmente un punto agudo
no habiendo sido comercializada
no keenly sentía
golosina hecha no
no prominente o fácilmente noticeable
no proporcionando satisfacción personal
no reconocidos en algunos sistemas de clasificación
no derramando desgarra
no especializado en tratar otros
no adecuado o aconsejable
no típico o habitual o regular o conformando a una norma
concha delgada-aguantando arbusto de cascanueces de
obediently resbaló de su zapato derecho y la media
obtiene por adquirir
ocurre en todos los compuestos orgánicos
de un sistema óptico (p. ej. ojo o vasos de ópera) ajustó para producir una imagen clara
de marrón tinged con gris
de primera fila o importancia o valor
de o siendo un nonmetallic elemento que tiene algunos de las haciendas de metal
de o perteneciendo a un grupo racial habiendo piel oscura especialmente de sub-Saharan origen africano
de o perteneciente a Kazajstán o al Kazakhs o su cultura
de o perteneciente a o característica de Ruritania (o cualquiera otro país imaginario)
de o perteneciente a la región de sombra parcial alrededor de un umbra
de o narrado a ácido acético
de o narrados a o hechos de lana
de o narrados a la isla o país de Mauricio o sus habitantes
de o narrando a una molécula hizo arriba de dos átomos
de o narrando a una boda o matrimonio
de o narrando a bacteriología
de o narrando a bibliophiles
de o narrando a las drogas utilizaron en tratamiento médico
de o narrando a imperialismo
de o narrando a o afligido con aphakia
de o narrando a o característica de Ghana o sus personas o lengua
de o narrando a o característica de self-aggrandizement
de o narrando a o característica de la República Dominicana o sus personas
de o narrando a o constituyendo el núcleo de un átomo
de o narrando a o conteniendo el telurio de elemento químico
de o narrando a o implicando ligero o óptica
de o narrando a o propio para estatuas
de o narrando a o hacia la mejilla
de o narrando al Levant o sus habitantes
de o narrando al Quechua o su lengua
de o narrando al reino de Kuwait o sus personas
de o narrando al estudio científico de lengua
de rojos tinged con negros
de la importancia más suma
de blancos tinged con morados
rutas oficiales de la comunicación
a menudo dirigidos por los periodistas
a menudo creciendo en mojados ricks o madera húmeda o la superficie de stagnant el agua
a menudo crecido indoors para florecer en el invierno
a menudo arraigando en margen de agua y extendiendo a través de la superficie
a menudo utilizó temas de folk música (1844-1908)
de jabón obtenido de óleo de
omnidirectional la antena que comprende la parte de un auricular radiofónico mediante qué señales radiofónicas está recibido
encima Tierra el Coriolis efecto deflects ente emotivos a la derecha en el hemisferio del norte y a la izquierda en el hemisferio del sur
en Edwy muerte tuvo éxito al trono de Inglaterra (944-975)
encima o del exterior
en el underside de
una vez creído para curar desórdenes de riñón
uno de 11 indicadores para secciones diferentes de la economía
uno de muchos crió poros en las raíces de plantas leñosas que deja el intercambio de gasista entre la atmósfera y el tejido de interior
uno de varias veta de conectar en la cabellera y jefa que sangre de desagüe de senos en el dura mater a veta fuera del cráneo
uno del sumo tragedians de Grecia antigua (496-406 BC)
uno de las tres virtudes cristianas
uno de dos o más átomos con el mismo número atómico pero con números diferentes de neutrones
una parte en un millón de partes iguales
una parte en un billón de partes iguales
una especies: parra de cruz
uno quién es primero-valorar
un-centésimo de un ángulo derecho
sólo un tiempo muy corto antes de
opacos a radiografías
ópera en qué los elementos musicales y dramáticos son igualmente ópera
optimal concentración de una droga
flores rosas de Trinidad y América Del sur habiendo grandes amarillos y rojizos-orquídea de
ordinate mena de
órgano de animales acuática cuyo tono está producido por airea pasar a través del borde agudo de una fisura o pipa
asunto orgánico putrefies
originalidad por virtud de presentar ideas nuevas
nuestra preocupación capital era para evitar derrotar
nuestros ukeleles han sido diseñados para tener proyección y sonido superiores
exterior o allende una galaxia
overstay u outstay uno es bienvenido
overt la inteligencia que reúne
de presión subsides con dolor
seguridad insuficiente propio para dibujar y haciendo cutouts
parásitas en ovejas y ganado así como los humanos
de Mar del Océano Ártico al nordeste de parte
parcial a parcialidad de
en parte cierra uno es ojos , como cuando pegado por la luz cegadora directa
de problema están premiados con tokens para comportamiento apropiado y el tokens puede ser cobrado en para valoró pacientes
patrons tener su patrón
pelagic pez habiendo un ente comprimido ovalado con aletas dorsales y anales altas y caudal la aleta redujo a un timón-gustar lóbulo
las personas que viven en una ciudad o ciudad habiendo local self-personas
hierba perenne de marshy prados y cunetas habiendo hojas anchas
actuar (la ceremonia de boda) con las ceremonias apropiadas
persuadir alguien para aceptar algo
perteneciente a la evolución gradual de una escribe de organismo a otro
pertenecientes a la estructura o movimiento de la costra de la tierra
perteneciente al estudio de la evolución de lenguas de una fuente común
barnices y películas fotográficos
agujerea para dibujar un líquido de
pinon de southwestern Estados Unidos habiendo agujas solitarias y a menudo muchos alfileres
piroplasms y patógenos de ganado
de acumulación fuera de sitio
planta secada similar al sombrero mexicano coneflower
de perejil habiendo las flores que se parecen a el larkspur es pero difiriendo de larkspur es en el arreglo de pétalos
juego como fielder
que envenenan por culebra venom
de discusión basada en práctico más que consideraciones morales o ideológicas
contaminó lagos y contaminación
mal o en una manera inferior
popular en el siglo XVIII
poblar el bosque con ciervo y jabalí para cazar
ciudad portuaria en el Golfo de puerto
de cosas 80 en una serie contable de puesto
práctica trickery o el fraude
de denegación de activo evangelism
de musulmanes es el holding de unconsidered las opiniones
dibujo preliminar para más tardío elaboration
preoccupation tan sumos que las demandas normales encima la atención es ignoró
prepara y el asunto para venta o distribución públicas
prescrita por o según el control
pulsan vuestro pulgar en esta prensa
impide (alimentario) de pudrir
principios de los fundadores del Oxford movimiento como expounded en los panfletos llamaron `Vías para el Tiempo'
procede sin la interrupción
procediendo por descenso de un antepasado
producida en un país particular
maduros un lymphangiogram
visión periférica mucho polen que es una causa importante de música de
que produce cambios de modo o la percepción distorsionada
pariente productivo al coste
los productos hicieron en un torno
prolongar el tiempo dejado para pago de
prometer hacer o cumplir
cobertura protectora arriba de un vehículo de motor
proporcionar un plan detallado o el diseño
proporcionar detalles para
proporciona con el equipamiento militar
que proporciona ayuda para las personas discapacitadas
meticulosos en su atención a reglas de etiquette
las hojas penetrantes utilizaron tan condimentando con carnes y ave y en estofados y sopas y omelets
de nariz o shove arriba, como si desde abajo o detrás
puesta en el medio
puesto a una puesto que restaurará un estado normal
reina del Olympian dioses en mitología griega antigua
raza de dioses Celtas o demigods
de revolución que patrones de interferencia de los usos de dos antenas en vez de una antena parabólica
cria en la fila o la afección
cria el estado de
rápido e indistinct habla
raras plover de upland áreas de Eurasia
de triángulo del opuesto al lado adyacente de un derecho-angled triángulo
logra sabor lleno por absorber aire y siendo dejado para estar después de haber sido uncorked
leída el libro aclara hasta el final
traseras atrás en su hind las patas
recuperar algo o alguien aquello pareció para ser perdido
de etilo rectificado superior
recurring en esparcidos y casos irregulares o imprevisibles
rojo-fruited indígena de zarza de Oregón a Baja California
rojez e irritación de la piel causada por exposición a alto-rojez de
reducido en medida o estirado junto
refiere a para la ilustración o la prueba
referir a algo con un eufemismo
registro para un registro
regula fósforo y calcio en el ente y funciones en sangre y excitación neuromusculares clotting
narrada o adaptado a un housewife
narró al leafhoppers y spittlebugs pero raramente avería cultivado planta
que narra a epinefrina (su emisión o acción)
narrar a o asociado con necromancy
narrando a o constituyendo un tema del discurso
que narra a o teniendo la esclerosis
que narra a o teniendo la carácter de una revolución
que narra a u ocultando cerumen
relativamente desorden permanente de la mente
relativamente atún pequeño con elección carne blanca
la religión que adhiere a la docencia de Lao-tzu
confiar en un motor para propulsión además de poder de músculo
manteniéndose en vigor o el ser llevó encima sin letup
notable o maravilloso
sacar impurezas de, aumento la concentración de, y separar a través del proceso de destilación
saca el elemento mítico de (escrituras)
sacar los árboles de
representados como hombre con las patas y los cuernos de la cabra y las orejas
reputed inventor de Alcaic verso (611-580 BC)
se parece a un ramo de lechuga de hoja
pareciéndose a una cápsula
de semillas de hacer la mantequilla de leche cruda ácida
resinlike la sustancia ocultada por seguro lac insectos
resiste immunologically la introducción de algún tejido extranjero o el órgano
resistente de enmohecer
restrain de independencia por una obligación
restringido a una afección particular de vida
resultando de la inflamación
revela la carácter cierta de
rewording para el propósito de aclaración
rhizomatous begonia habiendo hojas con los lóbulos apuntados sugestivos de estrellas y flores rosas
paseo la cresta de una ola sin un surfboard
sublevarse a una película delgada de agua entre las ruedas y carretera de modo que hay no más contacto con el aumento
áreas pedregosas de Europa y Asia y América del Norte occidental
frota con una moción circular
corrido un riesgo
rupestral dibujos en las cuevas de España Del norte
de aparejo compuesta de ensalada
de peces en qué distancias reales del origen son proporcionales al logarithms de la escala de números
la esquizofrenia caracterizada por síntomas suaves o por algún preexisting tendencia a esquizofrenia
segundo país más populoso en la segunda estrella más cercana
ocultan la insulina y otras hormonas
ocultaron por culebras seguras e insectos venenosos (p. ej., arañas y escorpiones)
en secreto importando prohibió los bienes o los bienes en qué deber es previstos
seducir el unwary lector a fácil acquiescence
alimentaria de amaranth las plantas utilizaron como cereal nativo en América Central y Del sur
seleccionan de un grupo
enviar como el mensaje
sensatos que un trato bueno más es todavía para ser hecho
el papel sensibilizado utilizó para hacer proyectos
separa el chaff de por utilizar corrientes de aire
separa los lóbulos frontales y temporal los lóbulos en ambos hemisferios
sirviendo o pretendido para explicar o la marca aclara
puestos, marca, o dibujar las fronteras de algo
de severidad del carácter de alergia suave a severo systemic las reacciones que dirigen a anaphylactic el shock
cosen con un overcast punto de sutura de una sección al luego
conquistas sexuales de mujeres casadas
shaped como una red
administra los fondos
despertó al squawk de pollos
viste drably
cogía a través del día alertly, a pesar de ser en drogas
cargó su compra al coche
hace su ropa propia
preparó un plato especial para cena
probó otra vez
era adecuada al trabajo
no fue el...Creíble fool esperó
será contigo momently
de cordero para hierba tajante o shrubbery (a menudo utilizado en el plural)
las camisas con cuellos separables
que asoma el valor extremo
que asoma signos de mucho desgaste o el uso
espectáculos de duda razonable de concentrar
de conocimiento asomada por idea entusiasta
de fruta de los Estados Unidos orientales que tienen brillando hojas perennifolias y azulados-arbusto de
flores blancas con rígido flattened las raíces que se parecen a hojas (cladophylls)
sideboard con compartimentos para aguantar aceras
similar a oxeye daisy
sentar encima (huevos)
Seis de Ulster nueve condados son en Irlanda del Norte
desorden de piel caracterizado por patchy decoloraciones azuladas en el desorden
las faldas cosidas con finos planos seams
mares del norte-haciendo la hormiga ampliamente distribuida sobre los esclavos de
hierba europea esbelta de sitios sombríos
esbelta moa sobre la medida de un pavo grande
pequeño norteamericano finch común en los cascos urbanos
polilla marrón pequeña cuyas larvas aguantaron a flores y bolls de algodón
cigarrillo o cigarro pequeños envueltos en tabaco en vez de papel
agua dulce pequeña branchiopod habiendo un ente transparente con muchos appendages
pequeña genus de arbustos tropicales perennifolios o árboles con las hojas correosas lisas
pequeño genus de rhizomatous hierbas de northwestern América y América Del sur
pequeñas genus de xerophytic hierbas de southwestern Estados Unidos
pez marino pequeño con ente comprimido a escaso y espinas débiles
pequeño abriendo entre las cosas
el orden pequeño a veces incluido en el orden Jungermanniales
pequeños pallid peces de shoal aguas tropicales de América del Norte y América Del sur habiendo ojos en stalks atop jefa
bistec pequeño del frente del lomo corto de ternera
más pequeña y menos ferocious que el oso marrón
nieve blanketed la nieve
tan denso nunca entiende cualquier cosa digo a él
tan terrene un ser como él
tan-gramática mala llamada
empapa en marinade
socialmente bifurcated las poblaciones
socialmente corrigen en comportamiento
blando pastel los colores
estatal del escondrijo de una cabra joven
algunos contienen extremadamente las sustancias venenosas
algunos mineros de hoja
algunos utilizados para cabinetwork
alguien deranged y posiblemente peligroso
alguien empleó para descubrir y recluta talented personas (especialmente en los mundos de diversión o deportes)
alguien empleó para hacer entregas
alguien culpable de barratry
alguien quién defiende una sociedad en qué personas blancas vive por separado de miembros de otro corre
alguien quién aplica o esparci polvo
alguien quién brews cerveza o ale de malta y hops y abrevar
alguien quién introduce a un subcontrato con el contratista primario
alguien quién es peevish o descontento
alguien quién es resourceful es capaz de tratar situaciones difíciles
alguien quién quiere (y normalmente recoge) reserva
alguien quién informa historias noticiosas vía televisivos
alguien quién rema un bote
alguien quién corre un establecimiento que casas y cuidados para criaturas para un coste
alguien quién envía un telegrama
alguien quién sirve como un intermediario entre el viviente y el muerto
alguien cuya tarea es para ver aquella obra va armónicamente
algo añadió a qué ya tienes
algo causando antagonismo o pérdida de interesar
algo contribuyendo a crecimiento o aumentar
algo de valorar dado por una persona a otro para atar un contrato
algo o alguien aquello ha padecido ruina o dilapidation
algo aquello puede ser asumido como la base para riña
algo aquello crece inward
algo aquello es thwarting o frustrando
algo aquello puede aumentar o disminución (como las mareas del mar)
algo aquello sirve tan evidencia
algo utilizó a beautify
algo escrito, especialmente copiado de un medio a otro, como typewritten versión de dictation
a veces colocado en genus Malvastrum
a veces utilizados como combinar la forma
songbirds habiendo un chattering llamada
spatially o metaphorically de un más bajo a una puesto más alta
pasa una periodo segura de cronometrar
de árbol del ladrido aromático secado de la especia de árbol
habló en un tono de conciliar
deporte y deporte de
spout moist aire del blowhole
extendido fuera de ropa en la hierba para dejarlo seca y blanquear
que extienden thorny arbusto de Asia tropical que aguanta grande levantar racemes de rojo-las flores amarillas marcadas
espolean encima o fomentar especialmente por aclama e impulso
standoffishly, declinó la invitación a los estands de
de susto para ser inicio
estado en India nororiental
robar una base
empinados en el agua caliente
steering mecanismo para una vaso
sterling transferability proporciona un medio de multilateral poblamiento para....Comercio entre nondollar popa
sistema nervioso central de actividad en un organismo o estimulación
galvánica causada por una picadura
revuelo con un paddle
estuvo aparte con la dignidad distante
la parón que hace qué uno está haciendo
para mover o acaecer immobilized
directamente arriba o abajo sin una pausa
strangeness por virtud de ser miedo misterioso e inspirador
ataca fuera por balancear y perdiendo el tono cobrado como la tercera
de espolón con una moción de golpear
que atacan volcánicos scenery
bastante fuerte a withstand o vencer adversidad o retos intelectuales
tozudamente obstructiva y poco dispuesto de cooperar
stupefied por (o como si por) alguna droga de narcótico
de despido a los shocks eléctricos
censura moral a tema de
sumergieron las plantas perennes de agua dulce
chupan en una paja
padecen derrota, fallo, o la ruina
que adolece la claustrofobia
recursos suficientes para proporcionar consuelo y cumplir obligaciones
de interés para todos los adultos quiénes no son descalificados por las leyes del sufragio
azúcar junto de remolacha de azúcar utilizó tan sweetening azúcar
sugestivo de un idilio
suministro con suministro
de férula con apoyo
el dirigente militar supremo que ejercita poder civil en una región especialmente uno responsable a nadie cuando el gobierno central es poder
procedimientos quirúrgicos y hormonal los tratamientos diseñaron para alterar las características sexuales de una persona de modo que el parecerse a aquellos del sexo opuesto
traslado quirúrgico de uno o ambos ovarios y el correspondientes Fallopian tubos
traslado quirúrgico de parte de una estructura o órgano
traslado quirúrgico del forro interior de una arteria que es clogged con atherosclerosis
almendra dulce-puding de leche sazonada espesado con gelatin o golosina
patas largas de Asia oriental
de ala timid mucho tiempo-eared el mamífero más grande que un conejo habiendo un labio superior dividido y largo hind las patas
símbolo de símbolo de
tailless el anfibio similar a una rana pero más terrestre y teniendo más seco warty piel
una comida
toma un derecho en la esquina
apechuga con tan uno es poseer los gastos o las deudas de otra persona
toma o la captura a la fuerza
toma fuera seguro para
toma alguien es coche de él a la fuerza, normalmente con la intención de robar
toma algo o alguien con oneself a algún lugar
tomar jura, como en el orden religioso
manera amistosa en un dogmático y pompous charla
altos arbóreos yucca de southwestern Estados Unidos
que enseñan en una manera demasiado simplificada que desalenta independiente pensó
lágrima de la colilla por encima de la lágrima de
los barrios vivientes provisionales especialmente construidos por el ejército para los soldados
que tiende abajo en tasa
que tienden para consolidar
tendiendo para relajar o relevar tensión muscular o nerviosa
pájaros de juego terrestre del Mundo Viejo y Australia: bustards
orquídeas terrestres de partes más frescas de América del Norte y Europa: orquídea de sátiro
gusano terrestre que conejeras a y ayuda aerate la tierra
de país practicado en vuestro país propio contra vuestro terrorismo de
civilizados hacen uso extenso de hawala
gracias a los dioses gentiles
que rama de pediatric la medicina concernida con el bebé
la 11.ª letra del alfabeto hebreo
la 26.ª letra del alfabeto Romano
el profeta árabe que, según Islam, era el último mensajero de Alá (570-632)
el Cimmerian gloom...Una oscuridad que podría ser sentido
el japoneses era última semana activa en el frente diplomático
el Lilliputian población
el Magi provino lejos
el Manchurian invasión
la comunidad musulmana o personas, considerados para extender de Mauritania a Pakistán
el Siouan la lengua hablada por el Iowa y Oto y Misuri
la diosa teutónica de fertilidad
el Treasury el departamento estuvo creado en 1789
el Ugric lengua (narrado a húngaro) hablado por el Vogul
los Estados Unidos pueden no policiales todo de las algo calientes del mundo
la capacidad de hablar dos lenguas colloquially
el absoluteness del decreto del papa no podría ser desafiado
la ley de aceptar con aprobación
la ley de aplicar óleo o un líquido grasiento
la ley de acaecer formalmente conectado o unió
la ley de acaecer rígido
la ley de traer a enfocar
la ley de capitalizar en una oportunidad
la ley de cambiar la institución que invierte vuestro plan de pensión sin incurrir una pena de impuesto
la ley de construing
la ley de crear algo aquello es diferente de los materiales que fue a él
la ley de morar en un sitio
la ley de comer comida
la ley de final algo
la ley de fabricating algo en una forma particular
la ley de incluir
la ley de pagar para bienes o servicios o a recompense para pérdidas
la ley de reescritura algo
la ley de vender ilegalmente o sin permiso
la ley de disparar una pistola
la ley de tomar venganza (haciendo daño alguien en represalia para algo lesivo que han hecho) especialmente en la vida próxima
la ley de templar
la ley de torneado tú (o vuestra mirada) fuera
la ley de ligar o las cosas obligatorias juntas
la ley de utilizar una lima (como en shaping o suavizando un objeto)
la ley de mojar algo por sumergirlo
el actor olvidó su habla
las leyes o ritos de worshiping diablos
las cosas reales que produjo la emoción experimentaste
la aproximación de una serie infinita a un límite finito
el arreglo del ente y su limbs
el arte o práctica de escribir verso
el arte o deporte de luchar con espadas (especialmente el uso de floretes o epees o sables para puntuar puntos bajo un conjunto de reglas)
el reloj atómico habilitó científicos para medir tiempo con mucha exactitud más suma
el atributo de ser fácil de cumplir o tratar
la atribución de guilt (sin prueba) a personaje porque las personas asocian con es culpable
el auditorio era lleno a overflowing
el regreso mediano era aproximadamente 5%
el saldo del dinero recibido cuándo la cantidad tú tierno es más sumo que la cantidad prevista
la unidad rítmica básica en una pieza de música
el mendigo bedraggled ropa
el espejo mejor es un amigo viejo
el mordisco de sátira
el ente de personaje quiénes dirigen negocios
el libro todavía tiene su original atando
la línea de frontera entre dos piezas de hacienda
la rama de anatomía que estudios los huesos del esqueleto vertebrado
la rama de antropología que estudios personas prehistóricas y sus culturas
la rama de astronomía que trata la luna
la rama de mecánicas concernió con las fuerzas que mociones de causa de ente
la rama de ciencia médica que trata enfermedad o daño por procedimientos operativos
la rama de físicas que estudios la estructura interna de núcleos atómicos
la pausa en el dique acechó el valle
el lado ancho de un barco
el caloric efecto de sol
el candidato envió fuera tres grande mailings
el candidato sloughed de sus trabajadores de campaña anteriores
la capacidad de acaecer perfecciona
la ciudad capital y más grande de Jordania
el capital de Singapur
el coche quedó stationary con el motor que corre
el número cardinal que es la suma de veinticinco y uno
el gato salió de bajo la cama
el área central en un construyendo
el sonido característico producido por un pájaro
el jefe piper en una banda de gaitas
el dios de sol del jefe
la civilización de musulmanes en conjunto cuál está regido por la religión musulmana
el clattery sonido de platos
el aclarando y reconstruyendo y redevelopment de urbano slums
las muro de castillo frías estuvieron cubiertas con hangings
la forma más común y menos severa de actinomycosis
la afección de ser esencial o indispensable
las conexiones que enlace las varias partes de un caso o la riña junta
la consecuencia de ser alargado en duración
el consumo de energía ha aumentado firmemente
el contenido de un campo particular de conocimiento
el país donde naciste
el oficio de un joiner
el oficio de un oculist
el día nombrado para una elección
el deflection de un proyectil que resulta de los efectos de viento
el dentista le dio un anestésico local con anterioridad a la extracción
el desarrollo de Alaskan recursos
los aparatos por qué unenlightened los hombres preservaron el unjust orden social
el dissociative experiencia de te observar de una perspectiva externa como si vuestra mente o el alma habían dejado y observaba vuestro ente
la distancia o área o volumen sobre qué algo extiende
el ámbito controlado por un duque o duchess
los Estados Unidos orientales
el electrodo en un transistor a través de qué un flujo primario de transportistas deja la región entre los electrodos
la tumba del emperador tuvo su imagen carved en apedrear
el motor que propels un automóvil
el edificio entero renegado sobre el ruido
el orden social establecido
la expansión de una persona girth (especialmente en edad media)
la piel blanca cara del armiño
el explícitos y formales acknowledgement de un gobierno o de la independencia nacional de un país
la explosión de los petardos despertó los niños
el faceless los acusadores de la policía declaran
los hechos habían sido traídos a la superficie
el familiar aquello ruega las estancias juntas juntas
el ente fértil es gris cuándo joven y negro en vejez
el fictional carácter de un conejo quién pareció en los cuentos presuntamente dichos por Tío Remus y primero publicado en 1880
la respuesta final
la batalla final de la Guerra de las Rosas en 1471 en qué Edward IV derrotado el Lancastrians
el primer hombre para poner pie en la Luna (julio 20, 1969) (1930-)
la primera actuación (como de una producción teatral)
el flavivirus que las causas Del oeste Nile encephalitis
la fuerza que atrae átomos a cada cual otro y atándoles junto en una molécula
el foreman de una banda de obra
la frecuencia con qué una persona es presente
la fruta del Brisbane quandong árbol
el embudo-shaped stalk conectando el pituitary glándula al hipotálamo
la piel de un karakul cordero
el vacío entre dos alto-terminales potenciales
el generales a la cabeza nunca dejó el control centra
el regalo de un ojo fresco y un untrammeled curiosidad
la transformación gradual de habitable tierra a desertar
la fachada de piso de la tierra o interior en arquitectura de Renacimiento
las manos de un ancianos arthritic
el harnessed poder del átomo
el grito duro de un arrendajo azul
el a la ligera enterró cadáveres
el agente más alto de la Corona quién es jefa del judiciary y quién presides en la Casa de Señores
la fila más alta o potestad
la cadera y nalga y muslo superior en seres humanos
la casa estuvo construida en la ladera de una montaña
el imputation que mi éxito se debió a el nepotismo significó que no fui tomado seriamente
el incidente le dejó unstrung e incapaz de esfuerzo racional
la integridad del sistema nervioso está requerida para desarrollo normal
el intervalo tomado para completar un ciclo de un asiduamente repitiendo fenómeno
el jejune dietas del muy pobres
el trabajo de un autocar profesional
el cuchillo es bastante atenuar
la lengua hablada por el Shoshone (perteneciendo al Uto-Aztecan familia)
la ciudad más grande en Kazajstán y el capital hasta que 1998
el último Hanoverian gobernante de Inglaterra (1819-1901)
los últimos días de los dinosaurios
la ley es eficaz inmediatamente
los tiempos de ventaja para muchas publicaciones pueden variar tremendamente
la periodo de un paso solo en marching (tomado para ser 30 pulgadas para tiempo rápido o 36 pulgadas para tiempo doble)
el loosening de su agarrador
la porción media del cerebro
la compañía minera quiere excavar la ladera
el ministro responsable para finanzas estatales
el asesinato de vuestro padre propio o madre
la música de Gilbert y Sullivan
el n-th el momento de una distribución es el valor esperado del n-th poder de las desviaciones de un valor fijo
el nombre que precede el apellido
el nervio es vivo
el enfermero susurró fatefully para llamar el sacerdote
el objeto es uso como pocos acaricia tan posibles en tocar todos los agujeros
el offense de vexatiously persistiendo en incitar pleitos y peleas
el donde la digestión tiene lugar
el organista estiró fuera todas las parones
los habitantes originales de la América
el outgoing presidente
el esbozo de los objetos vistos contra el cielo
el patrón global de su vida
el contrato de músculos papilar durante sístole para impedir regurgitation de sangre al atria
la parte entre el fetlock y el hoof
la parte de un gunlock que huelgas el tapón de percusión cuándo el gatillo está estirado
la parte de la jefa entre las orejas
la parte del cráneo de un vertebrado que marcos la boca y aguanta los dientes
la paga es mala
el juego dramáticamente interesaba, pero la dirección era mala
el placer de su empresa
la religión de carácter politeísta de brujería moderna cuya deidad central es una diosa de madre
la porción del sistema nervioso vertebrado que consta de el cerebro y cordón espinal
la práctica es ilegal en los Estados Unidos
la práctica o manera de preparar alimentario o el alimentario así que preparó
el cereal principal en México y América Central y Del sur desde tiempo precolombino
el ingrediente principal de una mezcla
el proceso de combinar ideas a un congruous objeto de pensó
el proceso de crecer a una juventud
el proceso por el cual moléculas pesadas de naphtha o petroleum está roto abajo a hidrocarburos de peso molecular más bajo (especialmente en el óleo-proceso de refino)
la hacienda de ser pliant y flexible
la hacienda de ser selectivo
la hacienda de sonar aquello varía con variación en la frecuencia de vibración
la hacienda de sonar armonioso
la calidad de ser traído a conformidad con carácter
la calidad de ser asqueroso a los sentidos o emociones
la calidad de ser indignante
la calidad de ser popular
la calidad de ser desagradable (duro o áspero o grating) a los sentidos
la calidad de dar placer
la calidad de no habiendo cabello
la calidad poseída por algo aquello es irreal
la cantidad rota
la cantidad de una cosecha que está cosechado
la tasa de regresar que un negocio podría ganar si escogió otra inversión con riesgo equivalente
la proporción los beneficios brutos dividieron por ventas netas
la región de espacio interplanetario entre Marte y Júpiter donde la mayoría de asteroides están encontrados
las relaciones entre ciudad y gown es siempre sensible
las partes restantes de algo aquello ha sido wrecked
el informe en el papel es mal
la revolución contra el czarist gobierno qué dirigido a la abdicación de Nicholas II y la creación de un gobierno provisional en Marcha 1917
el aparejo en un lateen-aparejó navegar vaso
el aumento y caída de las mareas
los totales de estrella del rock su guitarra en cada concierto
el saclike cavidad de ente de un celentéreo
la escuela era enferma-equipó
la ciencia que los estudios que viven organismos
la ejecución secuencial de operaciones uno tras otro
el comercio del zapatero
el shortstop cogido el corredor en segundo en una fuerza
el lado que es en el del oeste
el aminoácido más sencillo encontrado en proteínas y el aminoácido principal en caña de azúcar
el sonido hecho por la vibración de pliegues vocales modificó por la resonancia de la vías vocal
el sonido de (el chanter de) una gaita
el altavoz hizo varias remisiones a su mujer
el deporte de mano-a-lucha de mano entre desarmado contestants quiénes intentan echar cada cual otro abajo
el stalk es grueso y duro
el estado de ser un eunuco (cualquiera debido a testículos faltos o porque fallaron para desarrollar)
el estado de ser limpio y conducive a salud
el estado de ser concebible
el estado de haber sido hecho a punto o preparado para uso o acción (especialmente acción militar)
el estado de tomar en o ciñiendo
el stereo tocaba Beethoven cuando introduje
el área de popa de la cubierta superior de un barco
la superficie llamativa o laborable de un implementar
el alumnado desertó el campus después del fin de periodo de examen
el piloto de truco looped su plano
el subject hecho para labored leyendo
el sol es en este signo de aproximadamente junio 21 a julio 22
el superlativo de `mucho' que puede ser utilizado con sustantivos de masa y es normalmente precedido por `el'
la porción central dulce de una pieza de caramelo que está encerrado en chocolate o algunos otro cubriendo
el tendrils de la planta perversión exhibida
la teoría que las partes de cualquier totalidad no puede existir y no puede ser entendido exceptúa en su relación al entero
la identificación del ladrón estuvo seguida deprisa por su arresto
el título de los reyes egipcios antiguos
los títulos pasan de largo más rápidos que puedo leer
la copa de un envase que tiene que ser screwed fuera y en
la torre de Pisa es lejos fuera de aplomar
la ciudad es responsable para traslado de nieve
el camino de tráfico para vehículos que está moviendo rápidamente
el vagabundo de botas militares
la pantalla de transmisión asoma el cuadro que es de hecho en el aire
a las tribus les gusta a hawk en el desierto
el gol definitivo
la sonata definitiva de aquel opus
la unidad de frecuencia
el univalent catión R-N:N- (dónde R es un hidrocarburo aromático)
el ángulo superior entre un axial y una rama como una rama o leafstalk
la parte visible de una transmisión televisiva
el volar superficie
el agua era purling
la manera en qué alguien o algo está compuesto
el litoral occidental de los Estados Unidos de Washington a California del sur
la parte blanca de un huevo
la adoración de imágenes sagradas
la persona vestida peor presenta
su piscina es un estorbo atractivo ; tienen que valla él en
entonces el piloto desciende por el paracaídas
allí pero para la gracia de Dios va
allí es un bloque de aulas en el ala del oeste
allí es una carencia seria de idea al problema
allí es no bala mágica en contra el cáncer
allí es no evidencia objetiva de cualquier cosa del amable
hay tiempo sucio en el offing
allí ha demasiado shadiness para tomar fotografías buenas
estas variaciones de hechos de encargo es ilógico, incomprensible, e inmodificable
demostraron la transmisión de impulsos del cortex al hipotálamo
dibujaron parcelas para él
miran igual en outward vista
movieron woodenly
ellos stormed las murallas de la ciudad
fueron al pueblo afoot
obran mano en guante
adelgazan planos unleavened pastel de cocido oatmeal
adelgazan innermost el saco membranoso que encierra el embrión en desarrollo de vertebrados más altos (reptiles, pájaros y mamíferos)
thirsty campos bajo un rainless cielo
este coche consume gas muchísimo
exhaustivamente limpiar la casa entera, a menudo hecho sólo una vez un año
aquellos eran los días
tres barrios de la superficie de la Tierra está cubierta por agua
echar un steer por coger los cuernos y torciendo el cuello, como en un rodeo
echa al desorden
echando el baloncesto hacia el hoop
a un grado crucial
a un grado imposible de consecución
a un insatiable grado
para romper de una acción militar con un enemigo
para asegurar seguridad operacional los miembros de las celdas terroristas adyacentes normalmente no saben cada cual otro o la identidad de su liderazgo
al nth grado
dijo para divertir tolerancia
tolerar o el oso
casos de tomate llenaron con varias mezclas de ensalada y tomates fríos
tomó su paseo matutino
hacia el lado expuesto a toalla
transferir o persistir de uno escenifica o esfera de actividad a otra
transforma (un metal) a una mena
traverse como si por viaje de avión a escaso
trata suavemente o cuidadosamente
trata con el amoníaco
tratar con la indulgencia excesiva
de frutas y arbustos habiendo bayas o drupas o cápsulas como árboles
el árbol americano tropical que cede una resina rojiza utilizada en cementos y barnices
árboles perennifolios tropicales o arbustos
de pie que fin en o por encima de los pantalones
intenta respirar equitativamente
intenta curar por cuidado especial de tratamiento, de una enfermedad o el daño
tufted hierbas perennes de hemisferio del norte
de tierra al revés, o echar con objeto de turno
que giran un remo paralelo al agua entre las atracciones
dos veces al mes
torció a formas monstruosas
dos saucepans, uno cabiendo dentro del otra
dos superficies que cumplen en un ángulo diferente de 90 grados
dos-masted vaso de navegación cuadrada-aparejado en el foremast y fore-y-aft aparejado en el mainmast
de regiones y único genus de Sciadopityaceae
escriben genus de Xylariaceae
tipo genus del Acanthuridae: doctorfishes
escriben genus del Corvidae: los cuervos y los cuervos
tipo genus del Gliridae
tipo genus del Recurvirostridae: avocets
tipo genus del Struthionidae: las avestruces africanas
escriben genus del familiares Didelphidae
tipo genus del familiar Paguridae
tipo genus del familiar Palaemonidae
escriben genus del familiares Peridiniidae
tipo genus del familiar Streptomycetaceae
unacceptability como consecuencia de no siendo comportamiento
unclearness por virtud de ser mal expresado o no coherente en significar
undergraduates es mejor enseñado tutorially
deshace (el stitches) de (una pieza de coser)
unembellished el blanco mura
desiguales a las demandas puestas a él
unfriendly e inaccesible
unhinge la puerta
unmoved por sentir
unrehearsed y unscript la algo entrevista
unsegmented gusanos con elongated el ente redondeado señalado en ambos fines
hasta que recientemente colocado en el Taxodiaceae
utilizó como sustituto para engomar arabic
utilizada como el lavado para muro y techos
utilizaron en terminales de aerolínea
utilizada por los romanos para vinos o óleos
utilizaron especialmente de las personas
utilizaron para construir barcos o para reparar un barco bajo su waterline
utilizado para velas y para el conservante o los recubrimientos impermeables
utilizada para llenar grietas o agujeros en una superficie
utilizado para temperatura alta las reacciones químicas
utilizaron para los sílexs más ligeros
utilizaron para ornamentación o como la pedrería
utilizó en hacer jaleas de fruta y las mermeladas
utilizado en tocar lacrosse
utilizado de la lengua del sordo
utilizaron en el mango de un murciélago de béisbol para dar un batter un agarrador firme
utilizando la voz
normalmente un foliated fleur-de-lis
normalmente consta de un cilindro vacío con una membrana extendida a través de cada fin
normalmente contiene un cuadro o una cerradura de cabello y está llevado en un collar
normalmente hecha con un cámara de mano pequeño
normalmente utilizada de las comidas
utter `dobladillo' o `ahem'
utter en una voz muy fuerte
utter en un enojado, agudo, o tono repentino
utter con un spitting sonido, como si en una rabia
utter con rabia o desacato
uttered a través del medio de habla o caracterizado por habla
de iglesia que se parece a un groined bóveda pero ha ribbed arquea
enfermedades de la planta de enfermedades importantes de hombre y vegetal
vegetación aquello ha crecido
muy imprudentes de su madre para fomentar su en tales ideas románticas tontas
de negociaciones tienen una anormalidad de sangre heredada y deficiencia de enzima
enérgico sudafricano spiny el arbusto crecido para su ronda amarilla juicy las frutas comestibles
de libertad llevaron fuera a más allá los objetivos políticos o sociales de la violencia
viscid hierba de árido o hábitats de desierto de southwestern Estados Unidos habiendo pendulous flores amarillas
volcanically paisaje creado
de hombre escogen entre listas de fiesta, el número elegido de cada lista que es determinado por el porcentaje lanzado para cada lista fuera del voto total
animan en nuestro estancos poca casa
era loco de probar su bicicleta nueva
era educado en un teasing nonchalant la manera
era el fotógrafo de Unión oficial para la Guerra Civil americana (1823-1896)
de desagües importan aquello contamina el agua o aire o tierra
de América del Norte resbalada del agua de
no podemos pintar hasta que pusieron en la capa de acabado
seguimos el bier al graveyard
vivimos en mundos diferentes
recibimos una inundación de email
hablamos estrictamente empresariales
pesa no más de 115 libras
bien articulado o enunciated, y bastante fuerte para ser oído claramente
morado mucho cultivado para sus jefas de flor con blancos o azulados a rayos violetas o abigarrados
culebra de Estados Unidos occidentales que raramente aventuras lejos de abrevar
Qué otros piensan es altogether indiferente a él
cuándo los automóviles primero reemplazados caballares-transportes dibujados se apellidaron horseless transportes
cuándo descargó el juego libre resultó para ser un caballo troyano
cuándo está eliminado por estabilizar la imagen en la retina, la percepción visual se apaga rápidamente de fatiga del retinal receptores
dónde tener que nosotros stow los vegetales?
dónde algo originado o era nurtured en su existencia temprana
blanco cockatoo con un amarillo erectile la cresta
la uva blanca crecida especialmente en California y el más bajo Loire valle de Francia
quién pertenece a otro envejecer
ampliamente cultivada como vegetal de jardín
ampliamente cultivados en muchas variedades para su musgo carnoso-gustar follaje y profusión de brightly colored las flores
ampliamente distribuido entre el Misisipi y el Rockies
ampliamente distribuyó las hierbas y los arbustos y los árboles
ampliamente distribuidas en Estados Unidos nororientales y centrales y Canadá
ampliamente naturalizada en Europa
extendidas durante regiones tibias de ambos Mundos Viejos y Nuevos
cabra salvaje de Irán y regiones adyacentes
con una posibilidad de acaecer real
con fuerza y ferocidad
respecto a arquitectura
respecto a significar
con exposición repetida la afección puede acaecer crónica
con respetar a sexualidad
con devoción incondicional y entusiasta
dentro de un tiempo indefinido o en un unspecified tiempo futuro
sin cambio, interrupción, o cese
sin restricciones o límites fijos
de personas para ser hecho por la noche
llevado por los sacerdotes católicos Romanos
llevados por las mujeres
llevado en el Oriente Medio y África del norte
llevadas luego a la piel como la penitencia
devoto de Shiva
escrito por Henry M. Martin en 1876 y posteriormente actualizado a través de muchas ediciones
de debilidad a tentación o cosecha
cede una fibra de líber dura fuerte anteriormente utilizada por indios para cordage
cede un óleo esencial utilizado como un insecto repellent y a veces en folk la medicina
podrías facilitar el proceso por compartir vuestro conocimiento
no tendrías que intentar empezar en tercera tren
joven comestible normalmente menos de un año las
vuestro hermano adoptivo es un macho quién no es un hijo de vuestros padres pero quién está criado por vuestros padres
