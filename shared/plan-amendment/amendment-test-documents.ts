/**
 * A plan and a later "sửa đổi, bổ sung" of it, written as such documents are, for the tests of the
 * comparison, of applying it and of the window: one task re-worded, one deadline moved from a quarter
 * to a month, one removed, two added (one under the number of the removed one), one renumbered and one
 * whose lead unit changed.
 */
export const PLAN_V1 = `TÒA ÁN NHÂN DÂN TỐI CAO
Số: 12/KH-TANDTC

Hà Nội, ngày 15 tháng 3 năm 2024

KẾ HOẠCH
Triển khai hồ sơ điện tử tại Tòa án nhân dân

I. NHIỆM VỤ CỤ THỂ

1. Khảo sát, đánh giá hiện trạng
1.1. Khảo sát hạ tầng công nghệ thông tin tại các Tòa án nhân dân cấp tỉnh
- Chủ trì: Cục Công nghệ thông tin
- Phối hợp: Văn phòng
- Thời hạn: Quý II/2024
- Sản phẩm: Báo cáo khảo sát
1.2. Đánh giá nhu cầu số hóa hồ sơ vụ án
- Chủ trì: Vụ Tổng hợp
- Phối hợp: Cục Công nghệ thông tin
- Thời hạn: Quý III/2024
- Sản phẩm: Báo cáo đánh giá
1.3. Tổ chức hội thảo lấy ý kiến chuyên gia quốc tế
- Chủ trì: Vụ Hợp tác quốc tế
- Thời hạn: Tháng 8/2024
2. Xây dựng và thí điểm
2.1. Xây dựng Quy chế quản lý hồ sơ điện tử
- Chủ trì: Vụ Pháp chế và Quản lý khoa học
- Phối hợp: Văn phòng
- Thời hạn: Quý IV/2024
- Sản phẩm: Quy chế được ban hành
2.2. Triển khai thí điểm tại Tòa án nhân dân thành phố Hà Nội
- Chủ trì: Cục Công nghệ thông tin
- Thời hạn: Tháng 12/2024
`;

export const PLAN_V2_AMENDMENT = `TÒA ÁN NHÂN DÂN TỐI CAO
Số: 30/KH-TANDTC

Hà Nội, ngày 20 tháng 6 năm 2024

KẾ HOẠCH
Sửa đổi, bổ sung Kế hoạch số 12/KH-TANDTC ngày 15/3/2024 triển khai hồ sơ điện tử tại Tòa án nhân dân

I. NHIỆM VỤ CỤ THỂ

1. Khảo sát, đánh giá hiện trạng
1.1. Khảo sát hạ tầng công nghệ thông tin tại các Tòa án nhân dân cấp tỉnh và cấp huyện
- Chủ trì: Cục Công nghệ thông tin
- Phối hợp: Văn phòng
- Thời hạn: Quý II/2024
- Sản phẩm: Báo cáo khảo sát
1.2. Đánh giá nhu cầu số hóa hồ sơ vụ án
- Chủ trì: Vụ Tổng hợp
- Phối hợp: Cục Công nghệ thông tin
- Thời hạn: Tháng 12/2024
- Sản phẩm: Báo cáo đánh giá
1.3. Xây dựng bộ tiêu chí đánh giá mức độ sẵn sàng chuyển đổi số
- Chủ trì: Vụ Tổng hợp
- Thời hạn: Quý III/2024
2. Xây dựng và thí điểm
2.1. Xây dựng Quy chế quản lý hồ sơ điện tử
- Chủ trì: Vụ Tổng hợp
- Phối hợp: Văn phòng
- Thời hạn: Quý IV/2024
- Sản phẩm: Quy chế được ban hành
2.2. Đào tạo, tập huấn sử dụng hồ sơ điện tử cho thẩm phán, thư ký
- Chủ trì: Học viện Tòa án
- Thời hạn: Tháng 11/2024
2.3. Triển khai thí điểm tại Tòa án nhân dân thành phố Hà Nội
- Chủ trì: Cục Công nghệ thông tin
- Thời hạn: Tháng 12/2024
`;

/** An amendment that lists only what it changes (one deadline) and adds (one task), as many do. */
export const PLAN_V1_PARTIAL_AMENDMENT = `TÒA ÁN NHÂN DÂN TỐI CAO
Số: 45/KH-TANDTC

Hà Nội, ngày 10 tháng 9 năm 2024

KẾ HOẠCH
Sửa đổi, bổ sung một số nội dung của Kế hoạch số 12/KH-TANDTC ngày 15/3/2024

I. NỘI DUNG SỬA ĐỔI, BỔ SUNG

1.2. Đánh giá nhu cầu số hóa hồ sơ vụ án
- Chủ trì: Vụ Tổng hợp
- Phối hợp: Cục Công nghệ thông tin
- Thời hạn: Quý I/2025
- Sản phẩm: Báo cáo đánh giá
1.4. Xây dựng kho dữ liệu hồ sơ điện tử dùng chung
- Chủ trì: Cục Công nghệ thông tin
- Thời hạn: Tháng 6/2025
- Sản phẩm: Kho dữ liệu dùng chung
`;
