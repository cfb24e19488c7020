import type { AnyOperation } from '../../http/operation.js'
import GetBillingInformation from './GetBillingInformation.js'
import UpdateBillingInformation from './UpdateBillingInformation.js'
import GetAccountPlanInformation from './GetAccountPlanInformation.js'
import accountPlanCreate from './accountPlanCreate.js'
import UpdateABasePlan from './UpdateABasePlan.js'
import CancelABasePlan from './CancelABasePlan.js'
import accountPlanAddonCreate from './accountPlanAddonCreate.js'
import accountPlanAddonUpdate from './accountPlanAddonUpdate.js'
import CancelAdditionalPlans from './CancelAdditionalPlans.js'
import GetPlanUsage from './GetPlanUsage.js'
import ListBillingInvoices from './ListBillingInvoices.js'
import GetInvoiceDetails from './GetInvoiceDetails.js'
import downloadInvoicePDF from './downloadInvoicePDF.js'
import downloadInvoicePDFFile from './downloadInvoicePDFFile.js'
import generateSubInvoiceReport from './generateSubInvoiceReport.js'
import listSubInvoiceReport from './listSubInvoiceReport.js'
import downloadBillingInvoiceReport from './downloadBillingInvoiceReport.js'
import deleteBillingInvoiceReport from './deleteBillingInvoiceReport.js'
import Getupcomingrenewalaccounts from './Getupcomingrenewalaccounts.js'

/** The Billing operations. */
export const billingOperations: AnyOperation[] = [
  GetBillingInformation,
  UpdateBillingInformation,
  // plans
  GetAccountPlanInformation,
  accountPlanCreate,
  UpdateABasePlan,
  CancelABasePlan,
  accountPlanAddonCreate,
  accountPlanAddonUpdate,
  CancelAdditionalPlans,
  GetPlanUsage,
  // invoices
  ListBillingInvoices,
  GetInvoiceDetails,
  downloadInvoicePDF,
  downloadInvoicePDFFile,
  generateSubInvoiceReport,
  listSubInvoiceReport,
  downloadBillingInvoiceReport,
  deleteBillingInvoiceReport,
  Getupcomingrenewalaccounts,
]
