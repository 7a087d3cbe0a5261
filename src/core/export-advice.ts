// How to export a sheet without the traps, in the words of each spreadsheet program an
// office uses (Excel, WPS, LibreOffice). Every message about an export gives the same
// steps, so they are written once here, and docs/data-format.md says the same.

/** Saving as UTF-8 CSV. */
export const SAVE_AS_UTF8 =
  'Excel：文件→另存为，保存类型选“CSV UTF-8（逗号分隔）(*.csv)”；WPS表格：文件→另存为，文件类型选“CSV (逗号分隔)(*.csv)”，编码选UTF-8；LibreOffice Calc：文件→另存为，文件类型选“文本 CSV (.csv)”，勾选“编辑筛选设置”，字符集选“Unicode (UTF-8)”。也可以直接提交.xlsx工作簿。';
export const SAVE_AS_UTF8_EN =
  'Excel: File → Save As, type "CSV UTF-8 (Comma delimited) (*.csv)"; WPS Spreadsheets: File → Save As, type "CSV (Comma delimited)", encoding UTF-8; LibreOffice Calc: File → Save As, type "Text CSV (.csv)", tick "Edit filter settings", character set "Unicode (UTF-8)". Or commit the .xlsx workbook itself.';

/** A formula exported as text (=SUM(C4:C59)), and how to export values. */
export const FORMULA_ZH =
  '是公式（以“=”开头）：文件导出时保存的是公式而不是计算结果。LibreOffice Calc另存为CSV时，在筛选设置中不要勾选“保存单元格公式而不是计算值”；Excel和WPS导出CSV时总是保存计算结果，如果单元格里是以“=”开头的文字，请把单元格格式改为“常规”后重新输入。也可以直接提交.xlsx工作簿，系统读取公式的计算结果。';
export const FORMULA_EN =
  'is a formula (it starts with "="): the file was exported with formulas instead of their values. In LibreOffice Calc, untick "Save cell formulas instead of calculated values" when saving as CSV; Excel and WPS always export values, so a cell that holds text starting with "=" needs its format set to General and the formula typed again. Or commit the .xlsx workbook: its formulas\' calculated values are read.';

/** "Save cell contents as shown" (LibreOffice; Excel and WPS always save what is shown). */
export const AS_SHOWN_ZH =
  '导出CSV时会按单元格的显示格式保存数字（如7743.4显示为“7,743”就保存为7,743）：LibreOffice Calc另存为CSV时请取消勾选“按显示格式保存单元格内容”；Excel和WPS总是按显示格式保存，请在导出前把金额列的小数位数设够，或直接提交.xlsx工作簿（读取的是单元格的实际值）。';
export const AS_SHOWN_EN =
  'A CSV export saves numbers as the cells show them (7743.4 shown as "7,743" is saved as 7,743): in LibreOffice Calc untick "Save cell contents as shown" when saving as CSV; Excel and WPS always save what is shown, so give money columns enough decimal places before exporting, or commit the .xlsx workbook (its stored values are read).';

/** Ids as text: the remedy for renumbered, scientific and date-converted ids. */
export const IDS_AS_TEXT_ZH =
  '请在原表中先选中编号列，把单元格格式设为“文本”（Excel/WPS：右键→设置单元格格式→文本；LibreOffice：格式→单元格→文本），再重新输入或粘贴编号，然后导出；或直接提交.xlsx工作簿。LibreOffice打开CSV时，可在导入对话框中把编号列的类型选为“文本”。';
export const IDS_AS_TEXT_EN =
  'In the original sheet select the id column and set its format to Text (Excel/WPS: right-click → Format Cells → Text; LibreOffice: Format → Cells → Text), type or paste the ids again, and export; or commit the .xlsx workbook. When LibreOffice opens a CSV file, set the id column\'s type to Text in the import dialog.';
