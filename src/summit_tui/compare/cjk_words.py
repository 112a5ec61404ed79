"""Japanese and Chinese words and their English words, one per line: ``forms: english``.

A small general glossary of technology talks, grouped by subject, so that a Japanese or
Chinese note meets an English one on more than its numbers and Latin words (see
``cjk.glossary``). Forms are Japanese, Traditional and Simplified spellings of one word
(the variant table of cjk.py also folds them), or Katakana words whose sound is too short
to compare (ログ, コード). The English words are those the Korean word list gives the
same notion (lexicon_data.py), so all three languages meet on one concept. Add words by
subject, never for one sentence: the list must serve notes not yet written.
"""

WORDS = """
# amounts, change and time
増加/增加/增長/增长/増大/増/增: increase grow growth rise
減少/减少/低減/降低/下降/減/减: decrease decline drop fall reduce
削減/削减/縮減/缩减/節約/节约/節省/节省: reduce cut save
短縮/缩短/縮短: shorten cut reduce
拡大/擴大/扩大/拡張/擴展/扩展: expand extend scale
倍増/翻倍/加倍: double
半分/一半/減半/减半: half
約/大約/大约/約為/约为: about roughly approximately
平均: average mean
最大: maximum max peak
最小: minimum least
全体/全部/整體/整体/全件/全量: whole entire total all full
一部/部分: some part portion
毎年/每年/年間/年度: every year annual yearly
毎月/每月/月額/月間/月度/月費: monthly every month
毎日/每天/毎晩/每晚/日次: daily every day nightly
毎週/每週/每周/週次: weekly every week
直近/最近/近年: recent recently
将来/將來/未来/未來/今後: future
以前/過去/过去/従来/從前: past before formerly
初期/最初/當初/当初: early initial first beginning
段階的/逐步/逐漸/逐渐/徐々/一步步/漸進/渐进: gradual gradually step incremental
一度/一次/一気/一口気/一口气: once at once all at once
速度/スピード: speed
高速/快速/迅速/高速化/加速: fast faster quick speed speedup accelerate
低速/慢: slow
遅延/延遲/延迟/レイテンシ: latency delay
時間/时间: time hour
期間/期间: period duration
# computing and software
コード/程式碼/程式码/代碼/代码/源碼/源码: code
コードベース/程式碼庫/代碼庫/代码库: codebase
型/類型/类型/型別/型别: type types typing
型チェック/型検査/型檢查/类型检查/型別檢查: type check type checking type checker
関数/函數/函数/函式: function
模組/模块/モジュール: module modules
介面/接口/界面/インターフェース/インタフェース: interface
継承/繼承/继承: inheritance inherit
文件/文檔/文档/ドキュメント/説明書: document documentation docs
規則/规则/ルール: rule rules
禁止/禁用/不允許/不允许: forbid ban prohibit
導入/导入/引入/採用/采用: introduce adopt adoption rollout
移行/遷移/迁移/移轉/移转/マイグレーション: migrate migration
設定/设定/設置/设置/配置: configure configuration setting settings config
環境/环境: environment
本番/本番環境/生產/生产/生產環境/生产环境/線上/线上/正式環境/正式环境: production
開発/開發/开发: development develop
開発者/開發者/开发者/エンジニア/工程師/工程师: developer engineer
設計/设计/デザイン: design
架構/架构/アーキテクチャ: architecture
性能/效能/パフォーマンス: performance
効率/效率: efficiency efficient
品質/质量/品质: quality
自動/自动/自動化/自动化: automatic automation automate
手動/手动/手作業: manual manually
並列/并列/並行/并行/平行/併發/并发: parallel concurrency concurrent
直列/串行/シリアル: serial
状態/狀態/状态/ステート: state status
グローバル/全局/全域: global
壊れ/壊/崩潰/崩溃/損壊/クラッシュ: break broken crash
キャンセル/取消/中止: cancel cancellation cancelled
リーク/漏れ/泄漏/洩漏/泄露: leak leaks
一時/暫時/暂时/臨時/临时/暫定: temporary
デフォルト/默認/默认/預設/预设/既定: default
置き換え/置換/替換/替换/代替: replace
新規/新た/新: new
非同期/異步/异步/非同步: async asynchronous
記憶體/内存/メモリ: memory
快取/缓存/緩存/キャッシュ: cache caching
伺服器/服务器/服務器/サーバー/サーバ: server servers
雲端/云端/クラウド: cloud
資料庫/数据库/數據庫/データベース: database
數據/数据/資料/データ: data
索引/インデックス: index indexing
検索/檢索/检索/搜索/搜尋/搜寻: search
全文: full text full-text
保存/保持/保留/保管/儲存/存储/存儲/残/殘: keep retain store save storage
削除/刪除/删除: delete remove
追加/添加/新增: add
修正/修復/修复: fix
更新: update
測試/测试/テスト/試験: test testing tests
検証/驗證/验证/検査/檢查/检查/チェック: verify check validation
エラー/錯誤/错误: error errors
バグ: bug bugs
デバッグ/調試/调试/除錯/除错/偵錯/侦错: debug debugging debugger
ログ/日誌/日志: log logs logging
追跡/追蹤/追踪/トレース: trace traces tracing
監視/監控/监控/モニタリング: monitoring monitor
アラート/警報/告警/警告: alert alerting alerts warning warnings
指標/指标/メトリクス/メトリック: metric metrics
取樣/采样/抽樣/抽样/サンプリング: sampling sample sampled
ストレージ/儲存空間/存储空间: storage
費用/成本/コスト/開銷/开销/料金: cost costs spend bill
障害/故障/事故/事件/インシデント/異常/异常: incident incidents outage failure
原因/根因/起因: cause reason
問題/问题/課題/课题: problem issue
解決/解决: solve resolve solution
安全/セキュリティ: security secure safe
# AI and data
人工知能/人工智慧/人工智能: ai artificial intelligence
機械学習/機器學習/机器学习: machine learning
モデル/模型: model models
推論/推理: inference reasoning
学習/學習/学习/訓練/训练: training train learning
生成: generate generation generative
精度/準確率/准确率/正確率: accuracy precision
予測/預測/预测: predict prediction forecast
推薦/推荐/推奨/建議/建议: recommend recommendation suggest
# people and work
チーム/團隊/团队: team teams
メンバー/成員/成员: member members
新人/新成員/新成员/新メンバー: new member newcomer
ユーザー/用戶/用户/利用者/使用者: user users
顧客/客戶/客户: customer customers client
会社/公司/企業/企业: company business
経験/經驗/经验: experience
役割/作用/角色/役目: role serve
責任/责任: responsibility responsible
# talks and events
講演/演講/演讲/発表/發表/发表: talk keynote presentation
質疑応答/質疑/問答/问答: question questions q&a
デモ/示範/示范/演示: demo demonstration
事例/案例: case example
"""
