/** The API methods of the register of outgoing documents (see services/documents). */
import type { ApiHandlers } from '../../shared/api/dispatcher';
import type { documentRegisterMethods } from '../../shared/api/document-register-contract';
import { createDocumentRegister } from '../documents/document-register';
import { registerWorkbook } from '../documents/register-workbook';
import { loadReportSettings } from '../reports/report-settings-store';
import type { PlanRepository } from '../storage/plan-repository';

export function createDocumentRegisterHandlers(
  repository: PlanRepository,
): Pick<ApiHandlers, keyof typeof documentRegisterMethods> {
  const register = createDocumentRegister(repository.database);
  return {
    proposeDocumentNumber: ({ kind, date }) =>
      register.propose(kind, date, loadReportSettings(repository).bodySymbol),
    listDocumentRegister: ({ year }) => register.list(year),
    updateRegisterEntry: (edit) => register.update(edit),
    deleteRegisterEntry: ({ id }) => {
      register.remove(id);
      return {};
    },
    exportDocumentRegister: async ({ year }) => {
      const title = year === null ? 'SỔ ĐĂNG KÝ VĂN BẢN ĐI' : `SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM ${year}`;
      const data = await registerWorkbook(register.list(year), title);
      return {
        fileName: year === null ? 'so-van-ban-di.xlsx' : `so-van-ban-di-${year}.xlsx`,
        base64: data.toString('base64'),
      };
    },
  };
}
