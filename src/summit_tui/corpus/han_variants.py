"""One form for the Traditional, Simplified and Japanese spellings of common Han characters
(參/参, 對/対/对, 發/発/发, 開/开, 續/续): search folds every key with it (开源永续 finds
開源永續) and compare meets a Japanese and a Chinese note on the Han they share. The
Simplified form is the one kept where forms differ."""

from __future__ import annotations

# One key for the Traditional, Simplified and Japanese forms of common characters.
_VARIANT_ROWS = (
    "參参 與与 體体 時时 間间 們们 個个 這这 說说 對对対 會会 來来 發发発 開开 關关関 學学 "
    "實实実 現现 題题 問问 類类 檢检検 測测 試试 變变変 數数 據据拠 庫库 網网 頁页 應应応 "
    "為为 進进 過过 還还 當当 經经経 務务 議议 講讲 語语 讀读読 書书 寫写 記记 錄录録 際际 "
    "動动 態态 環环 範范 圍围囲 處处処 單单単 雙双 並并 鍵键 碼码 編编 譯译訳 構构 設设 計计 "
    "標标 準准 優优 點点 續续続 長长 專专 業业 資资 訊讯 報报 導导 線线 緩缓 儲储 備备 異异 "
    "執执 邊边辺 調调 傳传伝 輸输 結结 舊旧 號号 視视 覺觉 圖图図 產产 區区 塊块 隊队 員员 "
    "簡简 達达 頭头 萬万 億亿 歲岁歳 雲云 電电 腦脑 機机 驗验験 證证証 錯错 誤误 給给 節节 "
    "較较 帶带帯 樣样様 狀状 義义 廣广広 轉转転 氣气気 樂乐楽 輕轻軽 價价価 效効 齡龄齢 "
    "權权権 擴扩拡 擇择択 觀观観 覽览覧 總总総 假仮 戰战戦 舉举挙 營营営 勞劳労 榮荣栄 濟济済 "
    "錢钱銭 減减 滿满満 兩两 內内 係系 繼继継 斷断 聲声 壓压圧 彈弹弾 識识 讓让 從从 華华 "
    "車车 門门 東东 見见 親亲 頁 題 層层 屬属 歷历歴 勢势 場场 專 據 術术 辦办 無无 戶户戸 "
    "網 絡络 腳脚 隨随 隱隐 險险険 雜杂雑 難难 順顺 項项 預预 領领 顯显 類 風风 飛飞 驅驱駆 "
    "團团団 圓圆円 國国国 圖 團 壞坏 壓 夠够 奧奥 媒 孫孙 寶宝 實 對 導 屆届 島岛 帳帐 幣币 "
    "廳厅庁 彙汇 徑径 從 懷怀 應 戲戏戯 擊击撃 擔担 據 攜携 數 斷 昇升 曉晓 書 會 條条 "
    "極极 樓楼 標 樹树 橋桥 檔档 歡欢 歸归帰 殘残 毀毁 氣 決 沒没 況况 淺浅 測 湯汤 溫温 "
    "滅灭 滯滞 濃浓 燈灯 爭争 狀 獨独 獲获 環 產 畫画 異 當 療疗 發 盡尽 監监 盤盘 確确 "
    "禮礼 種种 稱称 穩稳 競竞 筆笔 節 範 簡 糧粮 紀纪 約约 紅红 紙纸 級级 細细 終终 組组 "
    "絕绝絶 統统 絲丝 綠绿緑 維维 綜综 緒绪 練练 縣县県 縮缩 績绩 織织 繪绘絵 纜缆 罰罚 "
    "義 習习 聞闻 聯联 職职 肅肃 脫脱 腦 與 舉 艦舰 藝艺芸 蘭兰 處 號 蟲虫 補补 裝装 製制 "
    "複复 規规 視 覺 訂订 計 討讨 訓训 託托 記 訪访 設 許许 診诊 評评 詞词 試 詩诗 話话 "
    "該该 詳详 認认 誌志 語 說 調 談谈 請请 論论 諸诸 謝谢 識 證 譜谱 護护 讀 變 讚赞 "
    "貓猫 負负 財财 貢贡 責责 貨货 販贩 貫贯 費费 貼贴 資 賞赏 質质 購购 贊 趨趋 跡迹 "
    "軟软 載载 輕 輔辅 輪轮 辦 農农 迴回 連连 週周 遊游 運运 過 達 遠远 適适 選选 遲迟 "
    "遷迁 還 邊 鄉乡郷 配 醫医 針针 鈴铃 鋼钢 錄 鏡镜 鐘钟 鐵铁鉄 長 閉闭 開 閱阅 闡阐 "
    "陣阵 陳陈 陸陆 陽阳 隊 階阶 際 隨 隻只 離离 雞鸡 靈灵霊 靜静 響响 頂顶 順 須须 頓顿 "
    "預 頻频 額额 題 顏颜 願愿 顧顾 飯饭 飲饮 館馆 馬马 驗 體 髮发 鬥斗 魚鱼 鳥鸟 點 黨党 "
    "齊齐斉 龍龙竜 龜龟亀 後后 別别"
)


def _variant_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in _VARIANT_ROWS.split():
        canonical = row[1] if len(row) > 1 else row[0]
        for char in row:
            table.setdefault(char, canonical)
    return table


VARIANTS = _variant_table()  # each variant character → its one form


def canonical_han(text: str) -> str:
    """One form for Traditional, Simplified and Japanese variants: 參與 → 参与."""
    return text.translate(_TRANSLATION)


_TRANSLATION = str.maketrans(VARIANTS)
