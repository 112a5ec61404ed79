"""Korean stems and their English words, one per line: ``korean[/variant...]: english words``.

General vocabulary of technology talks and the notes people take at them, grouped by
subject (see ``lexicon.py``). Korean forms are stems as ``korean.stem`` leaves them
(증가, 나누, 줄이) or whole words (에너지); English words may be in any inflection.
Add words by subject, never for one sentence: the list must serve notes not yet written.
"""

WORDS = """
# amounts, change and time
증가/늘어/늘어나/늘어난/늘: increase grow growth rise more
감소/줄어/줄어들/줄어든: decrease decline drop fall fewer less
성장: growth grow
확대/확장: expand expansion extend scale grow
축소: shrink reduce downsize
급증/폭증: surge soar explode jump
급격/급속: sharp rapid steep
폭발/폭발적: explosive explode explosion
기하급수/기하급수적: exponential exponentially
두배/배증: double twice
절반/반: half
약/대략/대략적: about roughly approximately around
평균: average mean
중앙값/중간값: median
이하/미만: under below fewer less
최대: maximum max peak most
최소: minimum least
전체/전부/전반/총: whole entire total overall all
일부: some part portion
대부분: most majority
수백/수천/수만/수십: hundreds thousands dozens
수백억/수천억/수십억: billions
수조: trillions
매년/매해/해마다/연간/연: every year annual annually yearly year
올해/금년: this year
내년: next year
작년/지난해: last year
매일/하루: daily every day
매달/매월/월간/월: monthly every month
년도/연도: year
세기: century
시간: time hour
기간: period duration
동안: during for
이후/후: after later
이전/전: before earlier ago
초기/초반: early initial beginning
후반/말: late end
미래: future
과거/예전/옛날: past formerly before
최근/요즘: recent recently lately
향후/앞으로: future coming ahead
장기/장기적: long-term long
단기/단기적: short-term short
속도: speed pace rate
빠르/빨라/빠른/신속: fast quick rapid speed
느리/느려/느린: slow
빨리: quickly fast
점점/점차/갈수록: increasingly gradually
계속/지속: continue continuous sustained ongoing keep
갑자기: suddenly
마다: every each
씩: each
순서/차례: order sequence
첫/첫째/첫번째/처음/먼저: first
둘째/두번째: second
셋째/세번째: third
마지막: last final
다음: next
하나: one single
단일/하나의: single one sole
유일: only sole unique
여러/다수/복수: several multiple many
많/많은: many much lot
적은: few little
모든/모두: all every
각/각각: each every
일: one
수: number
숫자: number figure
비율/비중: share ratio proportion percentage
퍼센트/프로: percent
규모: scale size
크기: size
용량: capacity volume
양/분량: amount quantity volume
정도: degree extent
수준: level standard
단위: unit
범위: range scope
한계: limit limitation ceiling
상한/한도: cap limit
목표치: target
수치: figure number
지표: indicator metric
통계: statistics
기준: baseline standard criterion benchmark
비교: compare comparison versus relative
대비: compared versus relative
차이: difference gap
격차: gap
비슷/유사: similar alike like
동일/같: same identical
다르/다른: different other
변화/변동: change shift fluctuation
변동성: volatility variability
추세/트렌드/흐름: trend flow
전망/예상/예측: forecast outlook expect expected predict prediction projection
예견: foresee predict
기대: expect hope anticipate
가능성: possibility potential likely
잠재력/잠재: potential
# size and quality words
크/큰/거대/대형: big large huge
작/작은/소형: small little
높/높은: high
낮/낮은: low
길/긴: long
짧/짧은: short
넓/넓은: wide broad
좁/좁은: narrow
깊/깊은: deep
무겁/무거운: heavy
가볍/가벼운: light lightweight
강력/강한/강력한: powerful strong
약한: weak
좋/좋은: good better best
나쁘/나쁜: bad
새로운/새롭/새로/신규: new novel
오래된/낡은: old
최신: latest newest
최고: best top highest
최악: worst
최초: first
최적/최적화: optimal optimize optimization
효율/효율적: efficient efficiency
비효율/비효율적: inefficient inefficiency
효과/효과적: effective effect
유용: useful
편리: convenient
쉽/쉬운/손쉽/손쉬운: easy easily
어렵/어려운/어려: difficult hard
간단/간편: simple easy
단순: simple mere
복잡/복잡성: complex complicated complexity
명확/분명: clear clearly
간결: concise brief
정확/정확도: accurate accuracy precise
정밀/정밀도: precision precise
완벽: perfect
완전/완전히: complete completely full fully entirely
부족: shortage lack insufficient
충분: enough sufficient
필수/필수적: essential necessary required must indispensable
필요/필요성: need necessary require necessity
중요/중요성: important importance matter
핵심/핵심적: core key central
주요: main major key principal
기본/기본적: basic fundamental
근본/근본적: fundamental
본질: essence
일반/일반적: general common ordinary
특별/특수: special
특정: specific particular certain
다양: various diverse variety
독특/고유: unique distinctive own
독립/독립적: independent
진정: true real genuine
실제/실질/실질적: actual real actually practical
현실/현실적: reality realistic real
가상: virtual
이론/이론적: theory theoretical
안정/안정적/안정성: stable stability steady reliable
안전/안전성: safe safety
위험/리스크: risk danger dangerous
신뢰/신뢰성: trust reliability reliable trusted
투명/투명성: transparent transparency
공정: fair
유연/유연성: flexible flexibility
확장성: scalable scalability
지속가능/지속가능성/지속 가능: sustainable sustainability
유지가능: sustainable
지속적: continuous sustained ongoing
적절/적합: appropriate suitable proper
적극/적극적: active actively
능동/능동적: active proactive
수동/수동적: passive manual
직접/직접적: direct directly
간접/간접적: indirect
즉각/즉시/즉각적: immediate immediately instant
실시간: real-time realtime live
동시/동시에: simultaneous simultaneously same time
자동/자동화/자동적: automatic automatically automate automation
자율/자율적: autonomous self
수작업: manual
# thinking, saying, doing
생각/판단: think judge judgment
보/보이/보여: see show look appear
말/말하: say said tell
주장: argue claim
제시/제안: present propose suggest proposal
예를/예시/예/사례/일례: example instance case
비유: compare analogy liken likened
정의: define definition
의미: meaning mean
이해: understand understanding comprehension
파악: grasp identify understand
인식: recognize recognition awareness perceive
인지: cognitive recognize
학습/배우/배워: learn learning train training
교육: education train training teach
재교육: retrain retraining
연구: research study
조사: research survey investigate investigation
리서치: research
분석: analysis analyze analyse analytics
평가: evaluate evaluation assess assessment
측정: measure measurement
검증: verify validation validate
실험: experiment test
테스트/시험: test testing
검사: inspect inspection check
확인: check confirm verify see
발견: discover find discovery
찾/찾아/찾아내/탐색: find search look explore discover
탐구/탐구적: explore exploration inquiry exploratory
알/알려/알리: know tell inform
밝히/밝혀/밝힌: reveal disclose show state
공개: release disclose open public publish
발표: announce announcement present
출시/론칭/런칭: launch release
도입: introduce adopt adoption introduction bring
채택: adopt adoption
적용: apply application adopt
활용: use utilize leverage harness
이용/사용: use usage
사용법: usage
쓰/쓰이/쓰인: use used write
적: write
기록: record write
정리: summary organize summarize
요약: summary summarize
결론: conclusion conclude
마무리/마치: close finish wrap end conclude
시작/출발: start begin beginning launch
끝/끝나: end finish
진행: proceed progress run ongoing
계획: plan planning
준비: prepare preparation ready
결정/의사결정: decide decision decision-making
선택/선택권: choose choice select option
고르: pick choose
옵션/선택지: option options
구분: distinguish separate
분류: classify category classification
나누/나눠/나뉘/나뉘어/분할: divide split break separate
합치/합쳐/결합/합: combine merge join together
통합/통합적: integrate integration integrated unified together whole
연결/연계: connect connection link linked
분리: separate separation
모으/모아/수집: collect gather
만들/만든/만드/제작: make create build produce
생성/생성형: generate generative generation create
창출: create generate
창조/창의/창의적: create creative creativity
개발: develop development build
설계/디자인: design architect
구축: build construct establish set
구현: implement implementation build
건설/건설하: construct construction build
설치: install installation
설립/창립/창업/세우/세운: found founded establish start
투자: invest investment backer fund
지원: support back help assist
후원: sponsor back support
돕/도와/도움/도와주: help assist aid
도우미/비서/어시스턴트: assistant helper
해결/해결책: solve solution fix resolve address
솔루션: solution
극복: overcome
대응: respond response cope deal
대처: cope deal handle
관리: manage management control
통제/제어: control
운영: operate operation run production
기다리/기다려/대기: wait waiting
작동/동작/작용: work operate function run
실행: execute run
수행: perform carry do
처리: process processing handle
조정/조절: adjust control tune
변환/전환: convert transition shift switch transform
바꾸/바꿔/바뀌/교체: change replace switch
개선: improve improvement better
향상: improve enhance boost raise
강화: strengthen reinforce enhance
가속/가속화: accelerate acceleration speed
촉진: promote accelerate foster
지연: delay latency
줄이/줄여/줄인/감축/절감/낮추/낮춰: reduce cut lower lessen decrease save
늘리/늘려/높이/높여/올리: increase raise boost extend
키우/키워: grow build raise
유지: maintain keep sustain
보존: preserve conserve
보호: protect protection
보완: complement supplement offset
대체: replace substitute alternative
대안: alternative
최소화: minimize
극대화/최대화/극대: maximize maximise
보장: guarantee ensure
제공: provide offer deliver give
공급: supply provide deliver
전달: deliver convey pass
공유: share sharing
교환: exchange
거래: trade transaction deal
구매/구입/사: buy purchase
판매/팔: sell sale
소비: consume consumption spend
소모: consume consumption use drain
지출: spend spending expense
절약: save saving
낭비: waste
손실: loss
이익/이득/이점: benefit advantage gain profit
장점: advantage strength benefit
단점/약점: disadvantage weakness drawback
효용: utility
혜택: benefit
영향: impact influence effect affect
역할: role
기여: contribute contribution
참여: participate participation join
협력/협업/공조/협동: collaborate collaboration cooperate cooperation partner partnership together
파트너십/제휴: partnership alliance partner
파트너/파트너사: partner
경쟁: compete competition competitor rival
경쟁력: competitive competitiveness
독점: proprietary exclusive monopoly
공존: coexist coexistence
전략: strategy strategic
전술: tactic
방향/방향성: direction
비전: vision
목표: goal target aim objective
목적: purpose goal aim
과제: challenge task issue
도전: challenge
기회: opportunity chance
위기: crisis
문제/이슈: problem issue trouble
어려움: difficulty hardship
요구/요구사항: requirement demand need
수요: demand
공급망: supply chain
노력: effort
시도: attempt try
성공: success succeed
실패: fail failure
성과/실적: result achievement performance
결과: result outcome
원인: cause reason
이유: reason why
덕분: thanks because
때문/로인해: because due
조건: condition
상황: situation circumstance
환경: environment setting
맥락: context
관점: perspective viewpoint
측면: aspect side
차원: dimension level
분야/영역: field area domain sector
부문: sector division segment
계층/레이어/층: layer tier level hierarchy
단계: stage phase step level
시대/시기: era age period
세대: generation
변곡점/전환점: turning inflection point
혁신/혁신적: innovation innovative innovate
혁명: revolution revolutionary
진화: evolve evolution
발전/진보: development progress advance develop
발달: development
트렌드: trend
패러다임: paradigm
개념: concept notion idea
아이디어: idea
철학: philosophy
원칙: principle
방법/방식/방안: method way approach how means
접근/접근법: approach access
수단: means
기법/기술: technique technology tech skill
구조: structure
체계/시스템: system framework
모델: model
형태: form shape type
유형/종류/타입: type kind sort
특징/특성: feature characteristic trait property
기능: function feature capability functionality
능력/역량/성능: ability capability capacity performance
성능: performance
품질: quality
가치: value worth
가격: price cost
비용/코스트: cost expense
예산: budget
돈/자금/자본: money fund capital funding
수익/매출: revenue profit sales income earnings
이윤: profit margin
# people and organisations
사람/인간: person people human
인력/근로자/노동자/직원/인재: worker workforce staff employee talent people
전문가: expert specialist
엔지니어: engineer
개발자: developer
연구자/연구원: researcher
과학자: scientist
사용자/유저/이용자: user
고객: customer client
소비자: consumer
시민: citizen
학생: student
교수: professor
회장: chairman chair
대표/ceo: ceo chief executive
창업자/창립자/설립자: founder
공동창립자/공동창업자: co-founder cofounder founder
임원: executive
경영진: management leadership executives
리더/지도자: leader
팀: team
조직: organization organisation
회사/기업/업체/기업체: company companies firm business enterprise corporate
대기업: big company large enterprise
스타트업: startup
산업/업계/산업계: industry industrial sector
정부: government
국가/나라: country nation national state
지역: region local area
세계/전세계/글로벌/전 세계/국제: world global worldwide international
국내: domestic
해외: overseas abroad foreign
한국/국내: korea korean
미국: us usa america american united states
중국: china chinese
일본: japan japanese
유럽: europe european
독일: germany german
인도: india indian
영국: uk britain british
대만: taiwan
선진국: developed countries advanced economies
개발도상국: developing countries
도시: city urban
가정/가구/집: home household house
학교/대학: school university
커뮤니티: community
생태계/에코시스템: ecosystem
사회: society social
문화: culture
정책/규제: policy regulation
법: law
표준/표준화: standard standardize standardization
인증: certification certify
# computing and semiconductors
반도체: semiconductor chip chips
칩: chip
칩렛/치플렛: chiplet
웨이퍼: wafer
파운드리: foundry
공정: process node manufacturing
제조: manufacture manufacturing make
생산: production produce productive
대량/대량생산/양산: mass volume production
소재/재료: material
부품: component part
구성요소/구성/요소: component element part
모듈: module
패키징/패키지: packaging package packaged
적층: stack stacked stacking
수직/수직적: vertical vertically
수평/수평적: horizontal horizontally sideways
컴퓨터: computer
컴퓨팅: computing compute
연산: compute computation computing operation calculation
계산: calculate calculation compute
프로세서/처리장치: processor
중앙처리장치: cpu
그래픽: graphics gpu
가속기: accelerator
메모리: memory
캐시: cache
레지스터: register
저장/스토리지/저장소: storage store save
데이터: data
정보: information info
대역폭: bandwidth
처리량: throughput
지연시간: latency
전송: transfer transmission transmit send
이동/움직: move movement moving motion
흐름: flow
로컬리티/지역성: locality
병목: bottleneck
병렬: parallel
직렬: serial serialized
동시성: concurrency
비동기: async asynchronous
전역: global
상태: state status
취소: cancel cancellation cancelled
누수: leak leaks
경고: warning warnings
충돌: crash conflict collision
누락: missing omitted
중복: duplicate duplicated
주입: inject injection
단축: shorten shortened
깨짐/깨지: break broke broken
임시: temporary
함수: function functions
기본값/디폴트: default
인터커넥트/상호연결: interconnect interconnection
네트워크/네트워킹/망: network networking
통신: communication communications networking telecom
신호: signal
광학/광/광통신: optical optics photonic light
전기/전기적: electric electrical electricity
전자: electronic
회로: circuit
트랜지스터: transistor
무어: moore
법칙: law rule
서버: server
데이터센터/데이터 센터: data center datacenter
클라우드: cloud
원격: remote
엣지: edge
온디바이스: on-device device
기기/장치/디바이스/단말: device devices hardware
하드웨어: hardware
소프트웨어: software
펌웨어: firmware
운영체제: operating system os
플랫폼: platform
인프라/인프라스트럭처/기반시설/기반 시설: infrastructure
아키텍처: architecture
설계도: blueprint
인터페이스: interface
프로토콜: protocol
상호운용성/상호 운용성: interoperability
호환/호환성: compatible compatibility
비트: bit
바이트: byte
정밀: precision
부동소수점: floating point
타입/형식/포맷: type format
블록: block
행렬/매트릭스/메트릭스: matrix
벡터: vector
냉각: cooling cool
액체/액체냉각/수랭: liquid
공냉: air cooling air-cooled
열: heat thermal
발열: heat
온도: temperature
# AI and software
인공지능/ai: ai artificial intelligence
초지능: superintelligence super intelligence
지능: intelligence intelligent
머신러닝/기계학습: machine learning
딥러닝: deep learning
신경망: neural network
모델: model
파라미터/매개변수: parameter parameters
가중치: weight weights
학습/훈련: training train learning
추론: inference reasoning infer reason
생성형/생성: generative generate generation
언어: language
자연어: natural language
대규모/대형: large-scale large massive huge
거대언어모델/llm: llm large language model
멀티모달/다중모달: multimodal
텍스트/글: text
이미지/그림/사진: image picture photo
영상/비디오/동영상: video
음성/목소리: voice speech audio
소리: sound
에이전트: agent agents
챗봇: chatbot
어시스턴트: assistant
앱/어플: app apps
애플리케이션/어플리케이션/응용: application applications app
네이티브: native
서비스: service
제품/상품/물품/물건: product products item goods
기능: feature function
도구/툴: tool
코드/코딩: code coding
프로그래밍: programming program
프로그램: program
알고리즘: algorithm
오픈소스/오픈 소스: open source open-source
오픈: open
공개형: open
폐쇄형: closed
웹/웹사이트/사이트: web website site
인터넷: internet online
온라인: online
오프라인: offline
검색/검색엔진/서치: search engine
엔진: engine
질문/질의/쿼리/물음: question query ask
답/답변/응답/대답: answer response reply
출처/소스: source citation sources
인용: cite citation quote
링크: link links
결과: result results
정답: correct answer
오답/오류/에러/실수: error mistake wrong
오답: wrong answer
환각: hallucination
개인/개인화: personal personalized personalization individual
맞춤/맞춤형: custom customized tailored personalized
추천: recommend recommendation
광고: advertising ads ad advertisement
스팸: spam
피드: feed
콘텐츠/컨텐츠: content
미디어/언론: media press
뉴스: news
블로그: blog
기사: article
글쓰기/작문: writing
요리: cooking cook recipe
의료/헬스케어/의학: medical healthcare medicine health
약물/약: drug medication medicine
금융/재무/파이낸스: finance financial
주식/주가: stock stocks share
차트/그래프: chart graph
시각화/시각: visualization visualize visual
직관/직관적: intuitive intuition
카테고리/범주: category
순위/랭킹: rank ranking
위: place rank
리뷰/후기: review
필터/필터링: filter filtering
조건: condition criteria
가격대: price range
내부: internal inside in-house
외부: external outside
자체/자사: own in-house proprietary
자료/문서: document material data file
파일: file
데이터베이스/db: database
보안/시큐리티: security secure
프라이버시/개인정보: privacy personal data
윤리: ethics ethical
규칙: rule
사용성: usability
경험/사용자 경험: experience
상호작용/인터랙션: interact interaction
소통/대화: communicate communication talk conversation chat
클릭: click clicks
입력: input enter
출력: output
개입: intervene intervention input
추가: additional extra add more
명령: command instruction
작업/업무/일/태스크: task work job
반복/반복적: repetitive repeat repeated routine
일상/일상적: daily everyday routine
해방/자유: free freedom liberate
쇼핑: shopping shop
목록/리스트: list
상거래/커머스/이커머스: commerce e-commerce
소셜: social
엔터테인먼트/오락: entertainment
게임: game gaming
생산성: productivity productive
연결성: connectivity
자율주행: self-driving autonomous driving
자동차/차/차량: car cars vehicle vehicles automobile
전기차: ev electric vehicle
로봇/로보틱스: robot robots robotics
휴머노이드: humanoid
인바디/임바디드/체화: embodied
물리/물리적: physical physically
디지털: digital
가상세계: virtual world
스마트폰/휴대폰/폰: smartphone phone
모바일: mobile
pc/컴퓨터: pc computer
사물인터넷: iot internet things
센서: sensor
카메라: camera
기계: machine
뇌: brain
두뇌: brain
# energy
에너지: energy
전력/전기: power electricity electric
전력망/송전망/그리드: grid power grid
송전/송전 계통/계통: transmission grid
발전소: power plant plant station
원자력/원전/핵: nuclear
원자로: reactor
소형모듈원자로/smr: smr small modular reactor
석탄: coal
가스/천연가스: gas natural gas
석유: oil
태양광/태양: solar sun
풍력/바람: wind
재생에너지/재생 에너지/신재생/재생: renewable renewables
배터리/전지: battery batteries
저장장치: storage
용융염: molten salt
소금/염: salt
나트륨/나트리움: sodium
열에너지: thermal heat
탄소: carbon
배출: emission emissions emit
친환경/녹색: green eco-friendly clean
청정: clean
기후: climate
퇴역/은퇴/폐로/폐쇄: retire retired decommission closed shut
부지/장소/현장: site location
재활용/재사용: reuse recycle reused
재배치: redeploy relocate reassign
전동화: electrification electrify
피크/정점: peak
밤/야간: night
낮/주간: day daytime
흐린: cloudy
날씨: weather
출력: output power
발전량: generation output
공급량: supply
기가와트: gigawatt gw
메가와트: megawatt mw
# building and running software
빌드: build builds
배포/디플로이: deploy deployment
릴리스/릴리즈: release
패치: patch
업데이트/갱신: update
버전: version
버그/결함: bug bugs defect
디버깅/디버그: debug debugging
검토/검수: review reviewed
격리: isolate isolation quarantine
조회: lookup query read
엉망/망가: mess broken broke
승인: approve approval approved
병합/머지: merge
브랜치: branch
커밋: commit
파이프라인: pipeline
클라이언트: client
마이그레이션: migration migrate
리팩터링/리팩토링: refactor refactoring
모니터링/감시: monitoring monitor
로그: log logs logging
대시보드: dashboard
장애: outage incident failure
트래픽: traffic
취약점: vulnerability
권한: permission permissions
초안: draft drafts
템플릿/양식: template
별도/따로: separate separately apart
예외: exception
호환/호환성: compatible compatibility
의존성: dependency dependencies
컨테이너: container
쿠버네티스: kubernetes
클러스터: cluster
캐시: cache caching
동시접속/동접: concurrent
병목: bottleneck
# games, stories and media
캐릭터: character characters
대사: dialogue dialog
시나리오/각본/대본: scenario script
스토리: story
세계관: lore worldbuilding
설정: setting settings configuration config
퀘스트: quest
밸런스/밸런싱: balance balancing
승률: win rate
픽률: pick rate
보상: reward rewards
작가: writer writers author
성우: voice actor
녹음: recording
음악: music
그래픽: graphics
애니메이션: animation
렌더링: rendering render
에셋: asset assets
플레이어: player players
커뮤니티: community
피드백/의견: feedback opinion
여론: opinion
치트/부정행위: cheat cheating
# incidents, reviews and meetings
사고: incident accident
재발: recur recurrence repeat
복구: recover recovery restore
재현: reproduce repro
알림/경보: alert alarm notification
호출: call invoke invocation page
당직: on-call oncall duty
교대: shift rotation
회의: meeting
회고: retrospective retro review
안건: agenda
진행자/사회자: facilitator moderator host
참석자: attendee participant
후속/후속조치: follow-up followup
조치: action measure
교훈: lesson lessons
비난: blame
익명: anonymous
담당자: owner assignee
마감/마감일/기한: deadline due
행동: action behavior behaviour
순간: moment
합리/합리적: rational reasonable
법무/법무팀: legal lawyer
심각도: severity
환불: refund
지시/지시문: instruction instruct
기관: institution agency
지불: pay payment
마찰: friction
위조: fake forge forgery
부록: appendix
요인: factor
# events and talks
견적: quote estimate
조언: advice tip
세미나: seminar
컨퍼런스/콘퍼런스/학회: conference
행사/이벤트: event
전시/전시회: exhibition expo
부스: booth
키노트/기조연설: keynote
패널/패널토의/토론: panel discussion debate
질의응답/qa: q&a questions
청중/관객: audience
발표자/연사: speaker
슬라이드: slide slides
데모/시연: demo demonstration
굿즈/기념품: swag goods souvenir
사진: photo photograph
메모/노트/필기: note notes memo
"""
