from wagtail import hooks


@hooks.register("construct_page_action_menu")
def name_the_departments_approval(menu_items, request, context):
    from .workflow import name_department_submission

    name_department_submission(menu_items)
