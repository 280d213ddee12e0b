import type { Translation } from './translation.js';

/**
 * Arabic (Modern Standard Arabic, the register of Arabic-language newsrooms). Digits follow the
 * page's `lang` through `Intl`: Latin for `ar` (as BBC News Arabic writes them, and CLDR's
 * default), Arabic-Indic for `ar-EG`, `ar-SA` and others, or as `-u-nu-` asks.
 */
const ar: Translation = {
  $code: 'ar',
  $name: 'Arabic',
  $dir: 'rtl',
  playMedia: (headline) => (headline ? `تشغيل: ${headline}` : 'تشغيل'),
  videoPlayer: 'مشغل الفيديو',
  audioPlayer: 'مشغل الصوت',
  durationLabel: (time) => `المدة: ${time}`,
  pleaseWait: 'يرجى الانتظار',
  unavailable: 'لا يتوفر مصدر للفيديو أو الصوت حاليًا',
  reason: {
    'no-source': 'لم يُرفق بهذا الموضوع فيديو أو تسجيل صوتي بعد.',
    'not-found': 'تعذّر العثور على الملف. ربما نُقل أو حُذف.',
    forbidden: 'هذا المحتوى غير متاح في منطقتك أو يتطلب إذنًا.',
    network: 'تعذّر تحميل الملف. تحقق من اتصالك وحاول مرة أخرى.',
    unsupported: 'لا يستطيع متصفحك تشغيل هذا النوع من الملفات.',
    decode: 'يبدو أن الملف تالف.',
    timeout: 'يستغرق التحميل وقتًا أطول من اللازم.',
    offline: 'أنت غير متصل بالإنترنت. سيُستأنف التشغيل عند عودة الاتصال.',
    aborted: 'توقف التحميل قبل اكتماله.',
    'bad-url': 'عنوان هذا الملف غير صالح، لذا لا يمكن تحميله.',
  },
  retry: 'إعادة المحاولة',
  playing: 'جارٍ التشغيل',
  paused: 'متوقف مؤقتًا',
  ended: 'انتهى التشغيل',
  buffering: 'جارٍ التحميل',
  transcript: (headline) => (headline ? `النص المكتوب: ${headline}` : 'النص المكتوب'),
  transcriptSearch: 'البحث في النص المكتوب',
  transcriptSearchPlaceholder: 'بحث',
  transcriptMatches: (current, total) => (total === 0 ? 'لا توجد نتائج' : `${current} من ${total}`),
  transcriptPreviousMatch: 'النتيجة السابقة',
  transcriptNextMatch: 'النتيجة التالية',
  transcriptBackToCurrent: 'العودة إلى المقطع الحالي',
  transcriptDownload: 'تنزيل النص المكتوب',
  transcriptLoading: 'جارٍ تحميل النص المكتوب…',
  transcriptUnavailable: 'النص المكتوب غير متاح',
  transcriptLoadFailed: 'تعذّر تحميل ملف النص المكتوب. تحقق من اتصالك وأعد تحميل الصفحة.',
  transcriptMalformed: 'تعذّرت قراءة ملف النص المكتوب: فهو ليس بصيغة WebVTT أو SubRip أو JSON.',
  transcriptNone: 'لا يوجد نص مكتوب لهذا الموضوع بعد.',
  playFrom: (time) => `تشغيل من ${time}`,
  startsAt: (time) => `يبدأ عند ${time}`,
  live: 'مباشر',
  copyLink: 'نسخ رابط هذه اللحظة',
  linkCopied: 'نُسخ الرابط',
  linkCopyFailed: 'تعذّر نسخ الرابط',
  currentChapter: (title) => `الفصل: ${title}`,
  timeOf: (current, duration) => `${current} من ${duration}`,
  transcriptInRange: 'جزء من المقطع المرتبط',
  transcriptTimedOut: 'يستغرق تحميل النص المكتوب وقتًا أطول من اللازم.',
  transcriptBadAddress: 'عنوان ملف النص المكتوب غير صالح.',
  transcriptManyMatches: (current, cap) => `${current} من ${cap}+`,
  transcriptQueryTooLong: (max) => `ابحث بما لا يزيد على ${max} حرفًا`,
  transcriptLong: 'نص مكتوب طويل: لا تظهر على الصفحة إلا الأسطر القريبة من موضع العرض. نزّله لطباعته أو للبحث فيه كاملًا.',
};

export default ar;
