/** The printable application form (§五(二)) as PDF, with Apache PDFBox and an embedded CJK TrueType font. */
package cn.sh.pilot.intake.infrastructure.pdf;
